def connect(host, port=80, *, timeout):
    return host, port, timeout

print(connect("h", timeout=1))
print(connect("h", 81, timeout=2, retries=3))
