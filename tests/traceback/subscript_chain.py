config = {"servers": [{"name": "a"}, {"name": "b"}]}
print(config["servers"][1]["name"])
print(config["servers"][2]["name"])
