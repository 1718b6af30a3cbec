"""urllib: parse (URL parsing and quoting), request (urlopen over the network capability), error."""
