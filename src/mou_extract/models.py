"""The record contract (../shared/spec/RECORD.md) as pydantic models.

These models are the source of truth: `mou-extract schema` prints their JSON Schema,
and every record the pipeline writes is validated through them.
"""
from __future__ import annotations

from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = "1"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class DocumentType(str, Enum):
    nota_kesepakatan = "nota_kesepakatan"
    nota_kesepahaman = "nota_kesepahaman"
    perjanjian_kerja_sama = "perjanjian_kerja_sama"
    mou = "mou"
    other = "other"


class PartyKind(str, Enum):
    national_institution = "national_institution"
    regional_government = "regional_government"
    university = "university"
    enterprise = "enterprise"
    other = "other"


class RegionLevel(str, Enum):
    provinsi = "provinsi"
    kabupaten = "kabupaten"
    kota = "kota"


class Precision(str, Enum):
    day = "day"
    month = "month"
    year = "year"


class ScopeLabel(str, Enum):
    complaint_handling = "complaint_handling"
    maladministration_prevention = "maladministration_prevention"
    data_exchange = "data_exchange"
    capacity_building = "capacity_building"
    service_quality = "service_quality"
    monitoring_evaluation = "monitoring_evaluation"
    legal_assistance = "legal_assistance"
    other_agreed = "other_agreed"
    other = "other"


class Evidence(_Model):
    """An exact span of the input text: input[start:end] == text."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @field_validator("end")
    @classmethod
    def _ordered(cls, end, info):
        start = info.data.get("start", 0)
        if end < start:
            raise ValueError("evidence end before start")
        return end


class Cleaning(_Model):
    paragraphs_in: int = 0
    paragraphs_kept: int = 0
    duplicates_removed: int = 0
    boilerplate_removed: int = 0


class Article(_Model):
    id: str
    source: Optional[str] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    dateline: Optional[str] = None
    authors: list[str] = Field(default_factory=list)
    cleaning: Cleaning = Field(default_factory=Cleaning)


class SigningDate(_Model):
    value: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    precision: Precision = Precision.day
    year_inferred: bool = False
    evidence: Evidence


class Venue(_Model):
    name: Optional[str] = None
    city: Optional[str] = None
    evidence: Evidence


class Region(_Model):
    level: RegionLevel
    name: str
    code: str
    province: Optional[str] = None


class Party(_Model):
    name: str
    kind: PartyKind
    region: Optional[Region] = None
    evidence: Evidence


class Person(_Model):
    name: str
    role: Optional[str] = None
    party: Optional[str] = None
    on_behalf_of: Optional[str] = None
    evidence: Evidence


class Scope(_Model):
    label: ScopeLabel
    evidence: Evidence


class Signing(_Model):
    document_type: DocumentType
    title: Optional[str] = None
    date: Optional[SigningDate] = None
    venue: Optional[Venue] = None
    parties: list[Party] = Field(default_factory=list)
    signatories: list[Person] = Field(default_factory=list)
    attendees: list[Person] = Field(default_factory=list)
    scope: list[Scope] = Field(default_factory=list)
    evidence: Optional[Evidence] = None  # the sentence that reports the signing


class Provenance(_Model):
    """What produced the record from what: a rerun skips an article whose record has the
    same input hash and pipeline version (see runner.py)."""

    pipeline_version: str
    input_sha256: str  # of the id, source, published date, input warnings and text


class Record(_Model):
    schema_version: str = SCHEMA_VERSION
    article: Article
    is_signing: bool
    signings: list[Signing] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    provenance: Optional[Provenance] = None

    @model_validator(mode="after")
    def _signing_has_signings(self):
        # RECORD.md: an article reports a signing exactly when it has signings
        if self.is_signing != bool(self.signings):
            raise ValueError(f"is_signing is {self.is_signing} but there are {len(self.signings)} signings")
        return self


def iter_evidence(obj):
    """Yield every Evidence inside a model (for checks against the input text)."""
    if isinstance(obj, Evidence):
        yield obj
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from iter_evidence(getattr(obj, name))
    elif isinstance(obj, list):
        for x in obj:
            yield from iter_evidence(x)


def check_evidence(record: Record, text: str) -> list[str]:
    """Evidence spans that do not equal the input at their offsets (should be none)."""
    return [
        f"{ev.text!r} != input[{ev.start}:{ev.end}]"
        for ev in iter_evidence(record)
        if text[ev.start:ev.end] != ev.text
    ]
