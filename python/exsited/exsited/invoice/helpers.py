"""Hand-written methods of ``sdk.invoice`` that make no HTTP call."""

from typing import Any, Dict

from exsited import _args


class InvoiceHelpers:
    @_args.checked
    def match_structure(self, invoice_data: Any) -> Dict[str, Any]:
        """The invoice data as the plain dict of wire keys the API uses (a DTO's ``to_dict()``,
        a dict copied with nested DTOs converted). Makes no HTTP call."""
        return _args.body("invoice_data", invoice_data, ())
