e = ValueError("v")
e.add_note("note 1")
e.add_note("note 2")
raise ExceptionGroup("top", [e, ExceptionGroup("inner", [TypeError("t")]), KeyError("k")])
