"""section16: read, check, ledger and write SEC Section 16 filings (Forms 3, 4, 5).

>>> import section16
>>> doc = section16.parse("form4.xml")          # path, bytes or str
>>> doc.to_dict()["issuer"]["issuer_trading_symbol"]
"""

from section16.errors import NotOwnershipDocument, ReadError, Section16Error
from section16.model import OwnershipDocument
from section16.readers import parse

__version__ = "0.1.0"
__all__ = ["parse", "OwnershipDocument", "Section16Error", "ReadError", "NotOwnershipDocument"]
