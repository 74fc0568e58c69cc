"""Own the authoring of data at build time: the training-corpus generator and its phrasebooks, the demo-sample and gazetteer authors.

Nothing at run time imports this package and the wheel does not carry it: `make model`
runs `python -m corpus.build`, which writes the corpus as package data
(model/data/corpus.jsonl.gz) that `leads train` reads.
"""
