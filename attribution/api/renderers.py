"""JSON rendered with orjson: the bytes DRF's JSONRenderer writes, several times faster."""

from __future__ import annotations

from typing import Any

import orjson
from rest_framework.renderers import JSONRenderer

# DRF's JSONRenderer writes U+2028 and U+2029 escaped (valid JSON, but line breaks to JavaScript).
_LINE_SEPARATORS = (("\N{LINE SEPARATOR}".encode(), b"\\u2028"), ("\N{PARAGRAPH SEPARATOR}".encode(), b"\\u2029"))
_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME


class ORJSONRenderer(JSONRenderer):
    """DRF's JSONRenderer, compact and UTF-8 like it (settings permitting), through orjson.

    Everything orjson does not write the way DRF would goes to DRF's encoder: datetimes (DRF
    writes UTC as ``Z``), lazy translations, decimals, querysets. Indented output (the browsable
    API, ``Accept: application/json; indent=4``), ASCII-only or non-compact settings and what
    orjson refuses (integers beyond 64 bits) are left to DRF's renderer. Floats are written in
    their shortest form, as Python's ``repr`` does, except the exponent: ``1e-07`` becomes ``1e-7``.
    """

    def render(self, data: Any, accepted_media_type: str | None = None, renderer_context: Any = None) -> bytes:
        if data is None:
            return b""
        if self.ensure_ascii or not self.compact or self.get_indent(accepted_media_type, renderer_context or {}):
            return super().render(data, accepted_media_type, renderer_context)
        try:
            body = orjson.dumps(data, default=self.encoder_class().default, option=_OPTIONS)
        except orjson.JSONEncodeError:
            return super().render(data, accepted_media_type, renderer_context)
        for raw, escaped in _LINE_SEPARATORS:
            if raw in body:
                body = body.replace(raw, escaped)
        return body
