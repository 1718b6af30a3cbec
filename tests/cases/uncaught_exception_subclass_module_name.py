class Custom(LookupError): pass
raise Custom('lookup failed')
