class Settings:
    debug = False
    level = 10 if debug else undefined_level
