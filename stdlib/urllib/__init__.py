# urllib package: only urllib.parse is provided (request/response/robotparser need the network).
