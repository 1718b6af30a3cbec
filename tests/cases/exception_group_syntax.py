for src in ["try:\n    pass\nexcept* ValueError:\n    break\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
            "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
            "try:\n    pass\nexcept* ValueError:\n    for i in x:\n        break\n"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
