"""Imported by the forkserver that starts `--workers` processes (runner._mp_context):
building the spaCy pipeline and lexicons here, once, lets every worker fork with them
ready (and share their memory copy-on-write) instead of building its own."""
from .runner import warm_up

warm_up()
