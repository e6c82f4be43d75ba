"""`python -m mou_extract ...` is the same as `mou-extract ...`."""
from .cli import app

app(prog_name="mou-extract")
