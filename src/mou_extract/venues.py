"""Venues: where a signing took place, as the text writes it ("di Aula Kantor Bupati X,
Kota Y", "di Palu, Rabu (14/5/2025)"), and the town it is in (the gazetteer's towns and
kecamatan, the dateline when the venue names none). Pure functions of the article's
normalised text (`ctx.norm`) and dateline; signings.assemble asks them per event."""
from __future__ import annotations

import copy
import difflib
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from . import fastre, places, regions
from .lexicon import data_lines, phrase_set, region_seats, subdistrict_words, titles, word_set
from .people import en_province_at

if TYPE_CHECKING:
    from .signings import Ctx

# the verbs saying an event was held ("digelar", "dilangsungkan"), one alternation
HELD_VERBS = "|".join(data_lines("venue_held_verbs.txt"))

# a venue's name: a head word (data/venue_heads.txt), then capitalised words, "dan", floor
# words and short glosses
# and the doctor's title of a hospital named after a person ("Aula RSUD dr. R. Soedjono
# Selong", "Ruang Rapat RS drg. Suyoto")
_VENUE_NAME = (r"(?P<name>(?:(?:" + "|".join(data_lines("venue_heads.txt")) + r")\b)"
               r"(?:[ \t]+(?:[A-Z0-9][\w.'’&/-]*|(?:dan|di|lantai|dr\.|drg\.)(?=[ \t]+[A-Z0-9])|Lt\.|\([A-Za-z ]{1,30}\)))*)")
# "Di"/"Bertempat di" open a sentence as often as they follow the verb ("Di Aula Rumah
# Jabatan Bupati X, Y menandatangani ..."); a floor written before the building is no part
# of its name ("di lantai dua Mal Pelayanan Publik X")
_AT = r"\b(?:[Dd]i|[Bb]ertempat\s+di|[Bb]erlokasi\s+di)\s+"
_FLOOR = r"(?:lantai\s+(?:\d{1,2}|[a-z]+)\s+)?"
# ... nor the stage the signers stood on ("di atas panggung Pendopo Gubernur X", "di
# panggung utama Auditorium Y": data/venue_part_words.txt): the venue is the building
_PART = (r"(?:(?:" + "|".join(sorted((w.replace(" ", r"[ \t]+") for w in data_lines("venue_part_words.txt")),
                                     key=len, reverse=True)) + r")[ \t]+(?=[A-Z]))?")
# ... its name may be set in italics or bold as a chat message marks them ("di _Baruga
# Tinggimae_, Rumah Jabatan Bupati Gowa", "di *Gedung Juang*"): the marks are no part of
# it, and the closing one ends it
_EMPHASIS = r"(?:[_*](?=[A-Z]))?"
_VENUE = fastre.compile(r"\b(?:[Dd]i|[Bb]ertempat\s+di|[Bb]erlokasi\s+di|at(?:\s+the)?)\s+" + _EMPHASIS + _PART + _FLOOR
                        + _VENUE_NAME)
_WEEKDAYS_ID = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu"
_WEEKDAYS_EN = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DATE_WORD = fastre.compile(rf"(?:{_WEEKDAYS_ID}|{_WEEKDAYS_EN}|Pada|Tanggal)\b")
_WEEKDAY_IN_NAME = fastre.compile(rf"\s+(?:{_WEEKDAYS_ID})\b")
_EMBEDDED_DI = fastre.compile(r"\s+(?:di|in)\s+")
_CITY_WORDS = fastre.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
_OTHER_TOWN = fastre.compile(r"\b(?:di|in)\s+(?:Kota\s+|Kabupaten\s+)?(?P<town>[A-Z][a-z]+)(?:,|\s*$)")
# a venue written in lower case up to its proper name: "di ruang rapat pimpinan DPRD Kota
# Kendari", "di kantor Ombudsman RI Perwakilan Babel" (a floor before it is no part of it:
# "di lantai dua gedung MPP Lampung Tengah", as _FLOOR)
_VENUE_LOWER = fastre.compile(
    _AT + _FLOOR + r"(?P<name>(?:ruang|ruangan|aula|kantor|gedung|balai|pendopo|rumah\s+jabatan|"
    r"rumah\s+dinas)(?![ \t]+(?:itu|tersebut)\b)(?:[ \t]+[a-z]+){0,3}(?:[ \t]+(?:[A-Z0-9][\w.'’&/-]*|dan|lantai|Lt\.|dr\.(?=[ \t]+[A-Z])))+)")
# the venue as the subject: "Aula Kantor Bupati Landak menjadi saksi penandatanganan ...",
# "Mal Pelayanan Publik (MPP) Kabupaten X resmi beroperasi" (a signing "di sela" it)
# ... or with its town between: "Mal Pelayanan Publik (MPP) Kabupaten X di Jalan Y, Selong,
# membuka layanan hingga hari Sabtu"
# ... or with its address and the day between: "Balai Desa X, Kecamatan Y, Kabupaten Z,
# Selasa pekan lalu menjadi tempat penandatanganan ..." (the items are read as the venue's
# town by _pick)
_VENUE_SUBJECT = fastre.compile(
    _VENUE_NAME + r"(?:[ \t]*,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]*,"
    r"|(?:[ \t]*,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}){0,3}[ \t]*,[ \t]*(?:"
    + "|".join(w.capitalize() for w in data_lines("clean_weekdays.txt")) + r")\b[^,.;:\n]{0,30}?,?)?"
    r"[ \t]+(?:(?:menjadi|jadi)[ \t]+(?:saksi|tempat|lokasi|arena)|(?:resmi[ \t]+)?(?:beroperasi|diresmikan|dibuka)"
    r"|membuka[ \t]+(?:layanan|pelayanan))\b")
# a venue that sets the scene, dated, with no "di": "Ruang Mapalus Kantor Gubernur X,
# Selasa 23 September 2025, dipenuhi pejabat ...", "Suasana haru menyelimuti Aula Balai
# Praja Kantor Bupati Y, Rabu (23/7)." (the name opens the sentence or follows a verb of
# filling; a weekday right after it dates the scene)
# (or the time of today right after it: "di Ruang Pola Kantor Bupati X siang tadi")
_DATED_AFTER = r"(?:[ \t]*,[ \t]*(?:" + "|".join(w.capitalize() for w in data_lines("clean_weekdays.txt")) + r")\b" \
    r"|[ \t]+(?:pagi|siang|sore|malam)[ \t]+(?:tadi|ini)\b)"
_VENUE_DATED_OPEN = fastre.compile(r"[\"“ \t]*" + _VENUE_NAME + _DATED_AFTER)
# ... or the scene's mood at it, the venue written in lower case up to its owner's proper
# name: "Suasana aula SMA Negeri 2 X di Jalan Y, Rabu 18 November 2026, berbeda dari
# biasanya." (an address may stand between the name and the date)
_VENUE_NAME_LC = _VENUE_NAME.replace("(?P<name>(?:(?:", "(?P<name>(?:(?:aula|ruang(?:an)?|gedung|balai|pendopo|pendapa|auditorium|", 1)
assert _VENUE_NAME_LC != _VENUE_NAME
# ... or its village and district, written as an address: "Suasana Balai Kalurahan X,
# Kapanewon Y, Jumat (7/3/2025) siang, lebih ramai dari biasanya." (Yogyakarta's words;
# the levels of data/subdistrict_words.txt, and a regency or city after them)
_AREA_ITEMS = (r"(?:[ \t]*,[ \t]*(?:" + "|".join(w.capitalize() for w in subdistrict_words())
               + r"|Kabupaten|Kota)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}){0,3}")
# ... or dated by the time of the day of the report: "Suasana Aula X pagi tadi cukup ramai."
# ("pagi tadi" / "siang ini" is in _DATED_AFTER)
_TODAY_AFTER = r"[ \t]+(?:tadi[ \t]+(?:pagi|siang|sore|malam)|hari[ \t]+ini|kemarin)\b"
# a street address after a venue's name: "Aula X di Jalan Y"
_ON_STREET = r"[ \t]*,?[ \t]+(?:di[ \t]+)?(?:Jalan|Jl\.?|Jln\.?)[ \t]+[^,\n]{1,60}?"
_VENUE_MOOD = fastre.compile(r"[\"“ \t]*Suasana[ \t]+(?:di[ \t]+)?" + _VENUE_NAME_LC
                             + r"(?:" + _ON_STREET + r")?"
                             + _AREA_ITEMS + r"(?:" + _DATED_AFTER + r"|" + _TODAY_AFTER + r")")
# ... or undated, the day told further on ("Suasana Ruang Rapat X, Kantor Bupati Y (Z),
# mendadak hening ketika ..." over "Acara itu ... digelar Selasa, 11/2"): the venue's
# proper name, maybe its owner after a comma, then the mood in lower case, tied to a moment
# (data/venue_mood_moments.txt), no habit ("Suasana Aula X biasanya sepi":
# data/venue_mood_habits.txt). A venue of last resort in _find_venue, and for a signing's
# paragraph by mood_scene; dated_scene does not read it.
_MOOD_REST = r"[^.;!?\n]*?\b(?:{})\b"
_VENUE_MOOD_UNDATED = fastre.compile(
    r"[\"“ \t]*Suasana[ \t]+" + _VENUE_NAME + r"(?=(?:[ \t]*,[ \t]*[A-Z][^,.;\n]{0,80}?,)?[ \t]*,?[ \t]+(?=[a-z])"
    + "(?!" + _MOOD_REST.format("|".join(data_lines("venue_mood_habits.txt"))) + ")"
    + _MOOD_REST.format("|".join(data_lines("venue_mood_moments.txt"))) + ")")
# ... or how it looked on the day, the venue opening the sentence: "Ruang Rapat Lantai IV
# Kantor Bupati X tampak berbeda pada Selasa (7/10/2025) pagi." (a few lower-case words of
# its look, then the day)
_VENUE_SEEN = fastre.compile(r"[\"“ \t]*" + _VENUE_NAME + r"[ \t]+(?:tampak|terlihat|nampak)(?:[ \t]+[a-z]+){0,4}?"
                             r"[ \t]*,?[ \t]+(?:pada[ \t]+)?(?:hari[ \t]+)?(?:"
                             + "|".join(w.capitalize() for w in data_lines("clean_weekdays.txt")) + r")\b")
# ... or filled with people that day, opening the sentence with its street address and
# the area after it: "Auditorium X di Jalan Y, Soreang, dipadati ratusan mahasiswa, Senin
# (11/11/2025)." (the crowd in a few words, then the weekday)
_VENUE_FILLED_OPEN = fastre.compile(
    r"[\"“ \t]*" + _VENUE_NAME + r"(?<![ \t]di)(?:" + _ON_STREET +
    r"(?:[ \t]*,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}){0,2})?"
    r"[ \t]*,?[ \t]+(?:" + "|".join(data_lines("venue_filled_verbs.txt")) + r")[ \t]+[^,.;:\n]{1,60}?" + _DATED_AFTER)
_VENUE_DATED_OBJ = fastre.compile(r"\b(?:menyelimuti|memenuhi|mewarnai|menyemarakkan|memadati|dipadati|dipenuhi)[ \t]+"
                                  + _VENUE_NAME + _DATED_AFTER)
# ... or that the writer (or a guest) came to on the day, dated by a relative word: "Saya
# datang ke Pendopo Bupati X kemarin pagi bukan sebagai wartawan." (a witness's account)
# ... or went up onto its stage, the hall's owner written after it: "Satu per satu kepala
# daerah naik ke panggung Aula X, Kejaksaan Tinggi Y, Selasa (4/11/2025)."
_VENUE_CAME = fastre.compile(r"\b(?:datang|tiba|hadir|berkunjung|bertandang|naik)[ \t]+ke[ \t]+" + _PART + _VENUE_NAME
                             + r"(?=(?:[ \t]*,[ \t]*(?:" + "|".join(data_lines("venue_owner_words.txt"))
                             + r")\b(?:[ \t]+[A-Z][\w'’-]*){0,5})?"
                             + r"[ \t,]+(?:kemarin|tadi|pagi|siang|sore|malam|hari[ \t]+ini|pada[ \t]+hari|"
                             + "|".join(w.capitalize() for w in data_lines("clean_weekdays.txt")) + r")\b)")
# a building opened at the event the signing was part of, the venue of that event: "Bupati
# X meresmikan Mal Pelayanan Publik (MPP) Kabupaten X di Jalan Y, Z, Senin (3/11/2025),
# dalam acara yang juga diisi penandatanganan ...", "usai peresmian Gedung X"
_VENUE_OPENED = fastre.compile(r"\b(?:meresmikan|peresmian)[ \t]+" + _VENUE_NAME)
# a building visited or filled, its name the verb's object with no preposition: "Wali Kota X
# menyambangi Kantor Ombudsman RI Perwakilan Y di Kelurahan Z, Jumat ...", "mengunjungi
# Gedung X", "Tamu undangan mulai memadati Ruang Bantaya, Kantor Wali Kota X" (the verbs:
# data/venue_visit_verbs.txt)
_VENUE_VISITED = fastre.compile(r"\b(?:" + "|".join(data_lines("venue_visit_verbs.txt")) + r")[ \t]+" + _PART
                                + _VENUE_NAME)


def visited_at(norm: str, s: int, e: int) -> bool:
    """Whether norm[s:e] tells someone visiting or filling a named building (_VENUE_VISITED)."""
    return _VENUE_VISITED.search(norm, s, e) is not None
# a venue reached by moving there, then named as the place of the signing: "rombongan
# bergeser ke Pendopo Kabupaten X, tempat nota kesepakatan diteken"; or gone to for the
# signing, the purpose right after it: "rombongan bergeser ke Ruang Rapat Wali Kota X untuk
# penandatanganan nota kesepakatan", "menuju Aula Y untuk meneken PKS" (a town gone to is
# no building: "bergeser ke Tutuyan untuk menandatangani ...")
_VENUE_TO = fastre.compile(r"\b(?:ke|menuju)\s+" + _VENUE_NAME + r"(?:[ \t]*,[ \t]*(?:tempat|lokasi)\b|"
                           r"[ \t]+untuk[ \t]+(?:(?:melakukan|melaksanakan|mengikuti|menyaksikan|prosesi|acara)[ \t]+)?"
                           r"(?:penandatanganan|menandatangani|meneken|mengeteken|membubuhkan[ \t]+tanda[ \t]+tangan)\b)")
# a building the party moved on to, told right before the signing there (signings reads
# it only then): "Menjelang siang, rombongan Ombudsman bergeser ke Gedung Rektorat X. Rektor
# Y dan Z meneken ...", "Rombongan lalu bertolak menuju Aula Kantor Bupati W."
_VENUE_MOVED = fastre.compile(r"\b(?:bergeser|berpindah|bertolak|beranjak|bergerak|menyeberang|melanjutkan[ \t]+perjalanan)"
                              r"[ \t]+(?:ke|menuju)[ \t]+" + _PART + _VENUE_NAME)


def moved_to(ctx: Ctx, s: int, e: int) -> Optional[tuple[str, Optional[str], int, int]]:
    """The building norm[s:e] tells the party moving on to (_VENUE_MOVED), as a venue; None
    when it names none."""
    found = list(_VENUE_MOVED.finditer(ctx.norm, s, e))
    return _pick(ctx, found, s, e) if found else None


# a venue written only by its kind, the owner being an institution or a village the
# article names elsewhere: "diteken di aula pesantren, Senin (2/2/2026)", "di balai desa
# setempat.", "di aula puskesmas." (the name ends at punctuation or a date; the owners:
# data/venue_kind_owners.txt)
_VENUE_GENERIC = fastre.compile(
    _AT + r"(?P<name>(?:aula|balai|gedung|ruang(?:an)?(?:[ \t]+(?:rapat|pertemuan))?|pendopo|pendapa|kantor)"
    r"[ \t]+(?:" + "|".join(sorted((w.replace(" ", r"[ \t]+") for w in data_lines("venue_kind_owners.txt")),
                                   key=len, reverse=True)) + r"))"
    r"(?=[ \t]*[,.;]|[ \t]+(?:pada|setempat|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b)")
# a village and its kecamatan, as the article gives an address: "Desa Sialang Sakti,
# Kecamatan Dayun, Kabupaten Siak", "Desa Sukamaju Kecamatan Cibeber"
_VILLAGE_KEC = fastre.compile(
    r"\b(?:Desa|Kelurahan|Kampung|Gampong|Nagari)[ \t]+(?P<v>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}?)"
    r"[ \t]*,?[ \t]*(?:Kecamatan|Kec\.)[ \t]+(?P<k>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})")
_VILLAGE_WORDS = frozenset(w for w, level in subdistrict_words().items() if level == "village")
# an exhibition pavilion carries a region's name but stands at the fair, not in the
# region's seat: "di Anjungan Kabupaten Karo, arena PRSU" (Medan)
_PAVILION = fastre.compile(r"(?:Anjungan|Paviliun|Stan|Stand|Booth)\b")
# a street address between the venue and its town: ", Jl. Raya Pandeglang Km. 3, Serang",
# or given with "di": "di Kantor Wilayah X di Jalan Dr. Cipto Nomor 64, Semarang"
_ADDRESS = fastre.compile(r"(?:[ \t]*,[ \t]*(?:di[ \t]+)?|[ \t]+di[ \t]+)(?:Jalan|Jl|Jln)\.?[ \t]+[^,;\n]{1,60}?(?=,)")
# the town after a lower-case gloss of the venue: "at Gedung X in the governor's office
# complex in Mataram", "di Aula X yang berada di Kota Y", "at Lamin X, the governor's
# official residence in Samarinda"
_GLOSS_TOWN = fastre.compile(r"(?:[ \t]*,[ \t]*(?:the|yang))?(?:[ \t]+[a-z][\w'’-]*){1,8}[ \t]+(?:in|di)[ \t]+(?:Kota[ \t]+)?"
                             r"(?P<place>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})")
# an abbreviation after an English-style venue name: "Jakarta International Convention
# Center (JICC), Senayan"
_ABBR_AFTER = fastre.compile(r"[ \t]*\([A-Z][A-Za-z0-9]{1,9}\)")
# the items after a venue: ", Banyuwangi", " di Marabahan", ", in Kupang"; an item may
# carry its abbreviation (", Kawasan Pusat Pemerintahan Provinsi Banten (KP3B), Curug")
_CITY_ITEM = fastre.compile(r"(?:\s*,\s*(?:(?:di|in)\s+)?|\s+(?:di|in)\s+)"
                            r"(?P<item>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
                            r"(?:\s*\([A-Z][A-Za-z0-9]{1,9}\))?")
# a lower-case word right after an item: the item starts a clause, it names no town
_LOWER_NEXT = fastre.compile(r"\s+[a-z]")
_SENT_STOP = fastre.compile(r"\.\s+[A-Z]")
# an English venue names its head last: "at Sasando Hall, East Nusa Tenggara Governor's
# Office, in Kupang on Thursday"
_EN_HEADS = r"(?:Hall|Room|Building|Office|Auditorium|Ballroom|Centre|Center|Hotel|Pavilion|Lounge)"
_VENUE_EN = fastre.compile(r"\bat\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’&-]*\s+){1,4}" + _EN_HEADS + r")\b")
_EN_HEAD_LAST = fastre.compile(r"\s" + _EN_HEADS + r"$")
# ... and may write its town after the head: "Grand City Convention Center Surabaya, Selasa"
_EN_TOWN_AFTER = fastre.compile(r"[ \t]+(?P<t>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)(?=[ \t]*[,.;]|[ \t]*$)")
# ... or gives the building's own name after a gloss of what it is: "signed at the Gianyar
# Regent's official residence, Jero Gede, by ..." (the name, between commas, is the venue)
_VENUE_EN_APPOS = fastre.compile(
    r"\bat[ \t]+the[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,4}(?:[a-z]+[ \t]+){0,2}"
    r"(?:residence|office|hall|palace|house|home|compound|building|pavilion|complex)[ \t]*,[ \t]*"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3})(?=[ \t]*,)")
# ... or its head in lower case after the building's own name, and the building it is part
# of after "of the": "signed at the Wiswa Sabha Utama hall of the Buleleng Regent's office
# in Singaraja", "at the Gianyar Regent's office" (data/venue_en_lower_heads.txt)
_EN_LOWER_HEAD = r"(?:" + "|".join(data_lines("venue_en_lower_heads.txt")) + r")\b"
_VENUE_EN_LOWER = fastre.compile(
    r"\b[Aa]t[ \t]+the[ \t]+(?P<name>(?:[A-Z][\w'’-]*[ \t]+){1,5}(?:[a-z]+[ \t]+)?" + _EN_LOWER_HEAD
    + r"(?:[ \t]+of[ \t]+the[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,5}(?:[A-Z][\w'’-]*\b|" + _EN_LOWER_HEAD + r"))?)")
# the English venue's owner after it, a regency or a city: "at the Abdi Praja Hall of the
# Kendal District Secretariat" is in Kendal (the regency's seat), whatever the dateline
_EN_OF_PLACE = fastre.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<place>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)"
                              r"[ \t]+(?:District|Regency|City|Municipality)\b")
# a room of a building the article named before, written as "that office": "... di ruang
# pertemuan lantai dua kantor tersebut." after "mendatangi Kantor Ombudsman X di Jalan Y"
_VENUE_THAT = fastre.compile(
    r"\b[Dd]i[ \t]+(?:(?:(?:ruang|ruangan|aula)(?:[ \t]+[a-z]+){0,3}[ \t]+)?"
    r"(?P<kind>kantor|gedung|hotel|rektorat|kampus|markas)"
    # ... or the room itself: "Ruang Rapat Senat Gedung X tampak ramai. Di ruangan itu Y
    # dan Z menandatangani ..."
    r"|(?P<room>ruang|ruangan|aula|balai|pendopo|pendapa))[ \t]+(?:tersebut|itu)\b")
# ... and after "di" too: "di Grand Palace Convention Hall, Kota Gorontalo"; a head that
# Indonesian writes before the proper name ("Hotel", "Auditorium") goes on with the name
# after it: "di Grand Ballroom Hotel Bumi Surabaya, Kamis" (the ballroom of Hotel Bumi
# Surabaya; a date word after it is cut off below)
# ... its words may be joined by "and": "di Balikpapan Sport and Convention Center (Dome)"
_VENUE_EN_DI = fastre.compile(_AT + r"(?P<name>(?:[A-Z][\w'’&-]*[ \t]+(?:and[ \t]+(?=[A-Z]))?){1,4}(?:(?:Hotel|Auditorium)(?:[ \t]+[A-Z][\w'’&-]*)*|"
                              + _EN_HEADS + r"))\b")
# a building known by its own name, no head word, placed by the town after it: "di Anjong
# Mon Mata, Banda Aceh, Rabu", "di Taman Budaya Raja Ali Haji, Tanjungpinang." (the town
# must be one the gazetteer knows: find_venue checks it); a stage or lobby of it may come
# first, as before a building (_PART): "di panggung utama Pantai Pasir Putih X, Y"
_VENUE_NAMED = fastre.compile(_AT + _PART + r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3})(?=[ \t]*,[ \t]*[A-Z])")
# a ship as the venue, held on board: "di geladak KMP Bontoharu", "di atas KRI Bima Suci"
# (data/ship_prefixes.txt); or "Di atas kapal itulah ... menandatangani ..." after the
# article named the ship; a navy hospital ship is named after a doctor, with the title
# ("KRI dr. Wahidin Sudirohusodo-991"), and its helicopter deck is a deck ("di geladak
# helikopter KRI X")
_SHIP_NAME = (r"(?:" + "|".join(data_lines("ship_prefixes.txt")) + r")\.?[ \t]+(?:drg?\.[ \t]+)?[A-Z][\w'’-]*"
              r"(?:[ \t]+(?:[A-Z][\w'’-]*|\d{1,4}))*")
_SHIP_ANY = fastre.compile(r"\b" + _SHIP_NAME + r"\b")
_ON_BOARD = r"(?:(?:atas|geladak(?:[ \t]+helikopter)?|dek|anjungan|buritan|haluan)[ \t]+)?"
# ... or by its deck alone, with no "di": "memilih lokasi tak biasa: geladak KM X yang
# tengah bersandar di Pelabuhan Y" (a deck belongs to a ship, so the word places the
# signing on board)
_VENUE_SHIP = fastre.compile(r"(?:\b(?:[Dd]i|[Bb]ertempat[ \t]+di)[ \t]+" + _ON_BOARD
                             + r"|\b(?:[Gg]eladak|[Dd]ek|[Bb]uritan|[Hh]aluan)[ \t]+)"
                             + r"(?:kapal[ \t]+)?(?P<name>" + _SHIP_NAME + r")\b")
_SHIP_BACK = fastre.compile(r"\b[Dd]i[ \t]+" + _ON_BOARD + r"kapal[ \t]+(?:itu|tersebut|ini)(?:lah)?\b")
# ... and the port it lies at, named after its place: "KMP X yang bersandar di Pelabuhan
# Pamatata" is at Pamatata ("yang saat itu sandar di Pelabuhan Y": then)
_SHIP_PORT = fastre.compile(r"[ \t]*,?[ \t]+(?:yang[ \t]+)?(?:(?:saat|ketika|kala)[ \t]+itu[ \t]+)?(?:sedang[ \t]+|tengah[ \t]+)?(?:bersandar|berlabuh|sandar|"
                            r"merapat|ditambatkan)[ \t]+di[ \t]+(?:Pelabuhan|Dermaga)[ \t]+"
                            r"(?:(?:Penyeberangan|Feri|Ferry|Laut)[ \t]+)?(?P<port>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)")
# compass words of region names (data/compass_words.txt, shared with parties)
_COMPASS = "(?:" + "|".join(w.replace(" ", r"[ \t]+") for w in data_lines("compass_words.txt")) + ")"
# ... but not a region, an address or a person's title: "di Kecamatan X, Kabupaten Y"; a
# beach by its own name is a place an event is held ("diteken di Pantai Lumban Bulbul,
# Balige, di sela festival"), a coast by its compass word a region ("di Pantai Utara, ...")
_NAMED_NOT = fastre.compile(
    r"(?:Kota|Kabupaten|Kab|Provinsi|Kecamatan|Kelurahan|Desa|Dusun|Kampung|Gampong|Nagari|Jalan|Jl|Jln|"
    r"Pulau|Kawasan|Wilayah|Daerah|Negara|Tanah|Bumi|Kepulauan|Gunung|Sungai|Danau|Teluk|Selat|"
    r"Pak|Bu|Ibu|Bapak|Kepala|Ketua|Bupati|Wali|Gubernur|Pemkab|Pemkot|Pemprov|Pemerintah)\b"
    r"|Pantai[ \t]+" + _COMPASS + r"\b")
# a regional office named after several provinces, written as a list of compass words:
# "Aula Kantor Wilayah DJP Sulawesi Selatan, Barat, dan Tenggara, Makassar"
_COMPASS_END = fastre.compile(r"\s" + _COMPASS + r"$")
_COMPASS_LIST = fastre.compile(r"(?:[ \t]*,[ \t]*" + _COMPASS + r"\b){0,4}[ \t]*,?[ \t]*dan[ \t]+" + _COMPASS + r"\b")
# a venue on its own line under a location pin, as social-media posts give it:
# "... menandatangani nota kesepahaman, Senin (17/2/2025) 🤝\n📍 Ruang Sidang Wali Kota X"
_PIN = fastre.compile(r"[^\n]{0,12}\n(?:[ \t.]{0,4}\n){0,2}[ \t]{0,4}\U0001F4CD\ufe0f?[ \t]*(?:(?:Lokasi|Tempat|Location)[ \t]*:[ \t]*)?"
                      + _VENUE_NAME)
# the signing placed by the kind of a venue the article named before: "menandatangani
# PKS di tenda yang didirikan di tepi lapangan." after "dibuka di Lapangan Desa X, ..."
_BACK_KIND = fastre.compile(
    r"\bdi[ \t]+(?:(?:tepi|pinggir|sisi|sudut|halaman|area|depan|tengah)[ \t]+)?"
    r"(?P<kind>lapangan|alun-alun|aula|pendopo|pendapa|auditorium|stadion|booth|stan|anjungan|paviliun)"
    r"(?:[ \t]+(?:itu|tersebut|yang[ \t]+sama))?(?=[ \t]*[,.;]|[ \t]*$|[ \t]+(?:pada|saat|sebelum|sesudah|usai|seusai|sesaat)\b)")
# a venue's town written with its province after it: "ICE BSD City, Kabupaten Tangerang,
# Banten": the province is no town
_PROVINCE_AFTER = frozenset(("provinsi",))
# the regent's hall written by its kind alone: "Penandatanganan digelar di Pendopo,
# disaksikan ..." (other heads alone, "di Gedung", say nothing): every spelling of the
# pendopo among the venue heads (Pendapa, Pendhapi, Pendhopo, ...)
_PENDOPO = fastre.compile(r"Pendh?[ao]p[aoi]")
_BARE_HEADS = frozenset(h for h in data_lines("venue_heads.txt") if _PENDOPO.fullmatch(h))
# a short form and the words it stands for before it: "Universitas Mataram (Unram)"
_SHORT_WORD = fastre.compile(r"[A-Z][A-Za-z]{1,9}$")
_LONG_BEFORE = fastre.compile(r"(?:[A-Z][\w'’-]*[ \t]+){0,5}[A-Z][\w'’-]*[ \t]*$")
# a body's town written after it: "RSUD Gambiran Kota Kediri"
_LEVEL_AFTER = fastre.compile(r"[ \t]+(?:Kota|Kabupaten)[ \t]+(?P<place>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)")
# a caption's credit after the venue: "di Balai Kota X. (ist)": the name ends at the dot
_DOT_GLOSS = fastre.compile(r"\.[ \t]+\(")
# a lower-case venue inside what the agreement covers is no venue: "nota kesepahaman yang
# mencakup ... program magang mahasiswa di kantor Ombudsman"
_SCOPE_BEFORE = fastre.compile(r"\b(?:mencakup|meliputi|termasuk|antara\s+lain|berupa)\b")
# a compound hotel brand is a venue by itself: "di Swiss-Belhotel, Selasa"
_HOTEL_WORD = fastre.compile(r"^[A-Z][\w-]*otel$")
# a town given as "Kota Serang" / "Kabupaten Tapin": the city is its bare name
_LEVEL_PREFIX = fastre.compile(r"^(?:Kota|Kabupaten|Kab\.)\s+")
_VENUE_HEAD_ITEM = fastre.compile(r"(?:Gedung|Kantor|Aula|Ruang|Balai|Pendopo|Hotel|Kompleks|Komplek|Lantai|Kampus)\b")
# the institution a hall belongs to, after it: "Aula Sasana Adhi Karya, Kejaksaan Tinggi
# Kalimantan Barat" (data/venue_owner_words.txt): still the venue, and no town
_OWNER_ITEM = fastre.compile(r"(?:" + "|".join(data_lines("venue_owner_words.txt")) + r")\b")
# the village and the kecamatan of an address (address items, no town: see _STREET)
_ADDRESS_AREA = fastre.compile(r"(?:Desa|Kelurahan|Kecamatan)[ \t]")
# street-address items and government complexes ("Kawasan Pusat Pemerintahan Provinsi
# Banten") are no town
_STREET = fastre.compile(r"^(?:Jalan|Jl|Jln|Komplek|Kompleks|Kawasan|Kelurahan|Kecamatan|Desa|Gang|RT|RW)\b")
# a venue named after a regency's or a province's government sits in its seat / capital
_GOV_KAB = frozenset(("bupati", "kabupaten", "pemkab", "kab", "setdakab"))
_GOV_PROV = frozenset(("gubernur", "gubernuran", "provinsi", "pemprov", "prov", "governor's", "governor"))
_GOV_PROV_HEAD = frozenset(("gubernur", "gubernuran", "governor's", "governor"))
# ... unless a lower office is named ("Aula Kantor Desa X, Kabupaten Y")
_LOWER_OFFICE = frozenset(subdistrict_words()) | {"camat", "lurah"}


# a signer who signs remotely, from their own office: "Ketua X membubuhkan tanda tangan
# dari ruang kerjanya di Gedung Y, Jakarta" (an online signing, each side in its own
# building): that building is no venue of the signing
_FROM_OWN_OFFICE = fastre.compile(
    r"\bdari[ \t]+(?:ruang(?:an)?[ \t]+kerja|ruangan|meja[ \t]+kerja|kantor)(?:nya|[ \t]+masing-masing)?[ \t]+$")


# a sentence written all in capitals, as some outlets set their lead ("SUNGAI RAYA -
# ... MENANDATANGANI NOTA KESEPAKATAN ..., SELASA (23/9/2025) DI AULA KANTOR BUPATI X."):
# the venue is read from it in title case (same length, so offsets hold), acronyms the
# lexicon writes in capitals, words with no vowel ("DPRD") and Roman numerals ("LANTAI
# VII") kept, conjunctions and prepositions (data/caps_lower_words.txt) in lower case
_CAPS_TOKEN = fastre.compile(r"[^\W\d_][\w'’.]*")
_ROMAN_NUM = fastre.compile(r"(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})")
_NO_VOWEL = fastre.compile(r"[^AEIOUaeiou]+")


@lru_cache(maxsize=None)
def _caps_acronyms() -> frozenset:
    """Acronyms the lexicon writes in capitals (data/abbreviations.tsv: "BPKAD", "RSUD")."""
    from .regions import abbreviations

    return frozenset(k.rstrip(".") for k in abbreviations() if k.rstrip(".").isupper())


def _shouts(text: str) -> bool:
    """Whether a sentence is written in capitals: 20 capital letters or more, and not one
    lower-case letter in ten."""
    up = sum(map(str.isupper, text))  # (speed: map, not a generator, for the counts)
    return up >= 20 and 10 * sum(map(str.islower, text)) < up


def _recase(text: str) -> str:
    """A sentence in capitals in title case (see above), of the same length."""
    lower = word_set("caps_lower_words.txt")
    out = list(text)
    for m in _CAPS_TOKEN.finditer(text):
        w = m.group()
        core = w.rstrip(".")
        if not w.isupper() or core in _caps_acronyms() or _ROMAN_NUM.fullmatch(core) \
                or (len(core) > 1 and _NO_VOWEL.fullmatch(core)):
            continue
        low = w.lower()
        new = low if low in lower else low[:1].upper() + low[1:]
        if len(new) == len(w):
            out[m.start():m.end()] = new
    return "".join(out)


def _recased(ctx: Ctx, s: int, e: int) -> Ctx:
    """`ctx` as find_venue reads it: with norm[s:e] in title case when it is written in
    capitals, else `ctx` itself."""
    if not _shouts(ctx.norm[s:e]):
        return ctx
    view = copy.copy(ctx)
    view.norm = ctx.norm[:s] + _recase(ctx.norm[s:e]) + ctx.norm[e:]
    return view


# a sentence that tells what followed the signing: "Selepas penandatanganan, tim Ombudsman
# memberikan bimbingan teknis ... di Aula Bappeda X", "Usai penandatanganan, rombongan
# meninjau Mal Pelayanan Publik Y": a place named after the comma is the later activity's
# (one inside the opener, "Usai penandatanganan di Aula Z, ...", is the signing's)
_AFTER_SIGNING = fastre.compile(r"[\"“ \t]*(?:[Uu]sai|[Ss]elepas|[Ss]eusai|[Ss]etelah|[Ss]esudah|[Pp]asca)[ \t]+"
                                r"(?:(?:acara|prosesi|kegiatan)[ \t]+)?(?:penandatanganan|penekenan)\b[^,.;\n]*,")


# a sentence cut after a title abbreviation ("... di Pendopo Drh. | Soepardi, Kota
# Mungkid."): a person's name the venue is named after goes on in the next sentence
_TITLE_CUT = fastre.compile(r"[ \t](?P<t>[A-Z][A-Za-z]{0,3})\.[ \t]*$")


def _past_title(ctx: Ctx, s: int, e: int) -> int:
    """The end of sentence norm[s:e], or of the next one in its paragraph when the segmenter
    cut it after a title abbreviation (data/honorifics.txt: "Drh.", "Ir.", "H.") that a
    capitalised word follows."""
    m = _TITLE_CUT.search(ctx.norm, max(s, e - 8), e)
    if m is None or m.group("t").lower() not in word_set("honorifics.txt"):
        return e
    i = next((i for i, t in enumerate(ctx.sents) if t.start <= s < t.end), None)
    if i is None or i + 1 >= len(ctx.sents) or ctx.sents[i + 1].paragraph != ctx.sents[i].paragraph \
            or ctx.norm[e:ctx.sents[i + 1].start].strip() or not ctx.norm[ctx.sents[i + 1].start:][:1].isupper():
        return e
    return ctx.sents[i + 1].end


# a sentence whose paragraph breaks off after a comma ("... dan Kepala BPS Kabupaten X,")
_CUT_AT_COMMA = fastre.compile(r",[ \t]*$")


def _run_on(ctx: Ctx, s: int, e: int) -> Optional[tuple[int, int]]:
    """The rest of sentence norm[s:e] when its paragraph breaks off after a comma and the
    next body paragraph goes on with it: a photo caption or a teaser link set into the
    middle of a sentence ("Penandatanganan dilakukan oleh Bupati X dan Kepala BPS Y," |
    caption | "Wahyu Nugroho, di Aula Bappeda X, Kamis (28/8/2025)."): the span of the next
    body sentence, or None."""
    if not _CUT_AT_COMMA.search(ctx.norm, s, e):
        return None
    body = ctx.sents[:ctx.caption_from]
    i = next((i for i, t in enumerate(body) if t.start <= s < t.end), None)
    if i is None or i + 1 >= len(body) or body[i + 1].paragraph != body[i].paragraph + 1:
        return None
    return body[i + 1].start, body[i + 1].end


def find_venue(ctx: Ctx, s: int, e: int) -> Optional[tuple[str, Optional[str], int, int]]:
    """The venue sentence norm[s:e] names for a signing: (name, city, start, end), or None
    (a sentence broken off by a caption is read on into its rest: _run_on)."""
    v = _find_venue_in(ctx, s, e)
    rest = _run_on(ctx, s, e) if v is None else None
    return _find_venue_in(ctx, *rest) if rest else v


def _find_venue_in(ctx: Ctx, s: int, e: int) -> Optional[tuple[str, Optional[str], int, int]]:
    """The venue sentence norm[s:e] itself names for a signing (see find_venue)."""
    e = _past_title(ctx, s, e)
    v = _find_venue(_recased(ctx, s, e), s, e)
    after = _AFTER_SIGNING.match(ctx.norm, s, e) if v is not None else None
    if after is not None and v[2] >= after.end():
        v = None
    v = v or _field_venue(ctx, s, e) or _caption_venue(ctx, s, e)
    if v is not None and _signed_apart(ctx, v[2]):
        return None
    return v


def _caption_venue(ctx: Ctx, s: int, e: int) -> Optional[tuple[str, Optional[str], int, int]]:
    """The venue a photo caption gives for a signing the body places nowhere: "Penjabat
    Wali Kota X dan Rektor Y memperlihatkan naskah nota kesepahaman di Aula Rektorat
    Universitas Z, Kamis (15/5/2025)." over a body that names no building at all. For a
    body sentence norm[s:e] only; the caption must name an agreement or a signing verb and
    be dated, on days the sentence (or, when it has none, the body) gives; when the body
    gives no day at all ("meneken perjanjian kerja sama ... awal pekan ini"), on a day of
    the week before the report (_CAPTION_RECENT_DAYS)."""
    if not (0 <= ctx.caption_from < len(ctx.sents)):
        return None
    body = ctx.sents[:ctx.caption_from]
    if not any(t.start <= s < t.end for t in body):
        return None
    from . import classify, documents

    here = {d.value for d in ctx.dates if s <= d.start < e and d.precision == "day" and d.value}
    days = here or {d.value for d in ctx.dates if d.precision == "day" and d.value
                    and any(t.start <= d.start < t.end for t in body)}
    for t in ctx.sents[ctx.caption_from:]:
        said = {d.value for d in ctx.dates if t.start <= d.start < t.end and d.precision == "day" and d.value}
        if not said or not (said <= days or not days and recent_days(ctx, said)) \
                or not (classify.signing_verbs(ctx.norm, t.start, t.end)
                                                or documents.find_documents(ctx.norm, [(t.start, t.end)])):
            continue
        v = _find_venue(ctx, t.start, t.end)
        if v is None or v[0] is None:
            continue
        if _body_names_venue(ctx):
            return None
        return v
    return None


# how many days before the report a caption's day may be, for a body that dates no day
_CAPTION_RECENT_DAYS = 7


def recent_days(ctx: Ctx, days: set) -> bool:
    """Whether all `days` fall in the week before the report's publication date."""
    ref = getattr(ctx, "reference", None)
    return ref is not None and all(0 <= (ref - d).days <= _CAPTION_RECENT_DAYS for d in days)


def _body_names_venue(ctx: Ctx) -> bool:
    """Whether any body sentence names a venue (see _find_venue); kept on `ctx` (a test's
    stand-in Ctx may lack the field)."""
    got = getattr(ctx, "_venue_in_body", None)
    if got is None:
        got = any(_find_venue(ctx, t.start, t.end) for t in ctx.sents[:ctx.caption_from])
        ctx._venue_in_body = got
    return got


# one side signing from its own place while the other signs elsewhere: "Pada saat
# bersamaan, Bupati X meneken dokumen yang sama dari Ruang Rapat Y di Sekayu" (each side
# in its own office, the documents exchanged): no one venue
_SIGN_FROM = fastre.compile(
    r"\b(?:menandatangani|meneken|mengeteken|membubuhkan[ \t]+tanda[ \t]+tangan|bertanda[ \t]+tangan)\b"
    r"(?:[ \t]+[\w-]+){0,4}?[ \t]+dari[ \t]+(?:[Rr]uang(?:an)?|[Kk]antor|[Gg]edung|[Aa]ula|[Bb]alai|[Pp]endh?[ao]p[ao]|"
    r"[Rr]umah|[Mm]arkas)")


def _signed_apart(ctx: Ctx, at: int) -> bool:
    """Whether the paragraph of the venue at norm[at] tells a signer signing "dari" a place
    of their own (see _SIGN_FROM)."""
    para = next((t.paragraph for t in ctx.sents if t.start <= at < t.end), None)
    if para is None:
        return False
    spans = [(t.start, t.end) for t in ctx.sents if t.paragraph == para]
    return any(_SIGN_FROM.search(ctx.norm, a, b) for a, b in spans)


# a venue given as a labelled field of an event summary, on a line of its own: "Tempat
# : Pendopo Sabha Swagata Blambangan" under "Hari/Tanggal : Rabu, 5 Maret 2025"
_VENUE_FIELD = fastre.compile(r"[ \t]*(?:Tempat|Lokasi|Bertempat)[ \t]*:[ \t]*" + _PART + _FLOOR + _VENUE_NAME)


def _field_venue(ctx: Ctx, s: int, e: int) -> Optional[tuple[str, Optional[str], int, int]]:
    """The venue of the article's one "Tempat : X" field line (see _VENUE_FIELD), for a
    sentence that names none: the summary states where the event was. None when the body
    has no such line or more than one (a programme of several events)."""
    lines = [t for t in ctx.sents[:ctx.caption_from] if _VENUE_FIELD.match(ctx.norm, t.start, t.end)]
    if len(lines) != 1 or (lines[0].start < e and s < lines[0].end):
        return None
    return _find_venue(ctx, lines[0].start, lines[0].end)


def _find_venue(ctx: Ctx, s: int, e: int) -> Optional[tuple[str, Optional[str], int, int]]:
    norm = ctx.norm
    # a signing "ke X, tempat ... diteken" names its place; a venue inside the agreement's
    # title is no venue ("PKS tentang Pelayanan Adminduk di Rumah Sakit antara ...")
    found = list(_VENUE_TO.finditer(norm, s, e)) + \
        [m for m in _VENUE.finditer(norm, s, e) if not _in_title(ctx, m.start("name"), m.end("name"))]
    if not found:
        found = _office_before(ctx, s, e)
    if not found:
        found = [m for m in _VENUE_LOWER.finditer(norm, s, e) if not _SCOPE_BEFORE.search(norm, s, m.start())]
    if not found and "at " in norm[s:e]:
        found = list(_VENUE_EN.finditer(norm, s, e)) or [
            m for m in _VENUE_EN_APPOS.finditer(norm, s, e)
            if not _NAMED_NOT.match(m.group("name")) and not _known_town(m.group("name"))]
    if not found:
        found = list(_VENUE_EN_DI.finditer(norm, s, e))
    if not found:
        found = list(_VENUE_EN_LOWER.finditer(norm, s, e))
    if not found:
        ship = _ship_venue(ctx, s, e)
        if ship is not None:
            return ship
    if not found:
        abroad = _abroad_venue(ctx, s, e)
        if abroad is not None:
            return abroad
    if not found:
        found = _glossed(ctx, s, e)
    named: set = set()
    if not found:
        found = [m for m in _VENUE_NAMED.finditer(norm, s, e)
                 if not _NAMED_NOT.match(m.group("name")) and not _known_place(m.group("name"))]
        # ... unless dated right after it in a sentence telling the signing (see _VENUE_BARE)
        named = {m.start() for m in found} - {m.start() for m in _bare_dated(ctx, s, e)}
    # a name of generic words only is the kind of place inside a phrase, not the venue, when
    # the sentence names a proper one too: "PKS tentang Pelayanan Adminduk di Rumah Sakit
    # antara ..., Selasa (20/5/2025), di Mal Pelayanan Publik (MPP) Kota X"
    found.sort(key=lambda m: _all_generic(norm[m.start("name"):m.end("name")]))
    generic: set = set()
    if not found:
        found = [m for m in _VENUE_GENERIC.finditer(norm, s, e) if not _SCOPE_BEFORE.search(norm, s, m.start())]
        generic = {m.start() for m in found}
    if not found:
        found = list(_VENUE_OPENED.finditer(norm, s, e))
    if not found:
        found = list(_VENUE_VISITED.finditer(norm, s, e))
    if not found:
        pin = _PIN.match(norm, e)
        if pin:
            found = [pin]
    if not found:
        back = _named_before(ctx, s, e) or _agenda_item(ctx, s, e) or _scene_before(ctx, s, e)
        if back is not None:
            return back
    if not found:
        own = _own_room(ctx, s, e) or _host_office(ctx, s, e)
        if own is not None:
            return own
    if not found:
        scene = _dated_scene(norm, s, e) or _VENUE_MOOD_UNDATED.match(norm, s, e)
        found = [scene] if scene else []
    if not found:
        field = _VENUE_FIELD.match(norm, s, e)
        found = [field] if field else []
    if not found:
        found = _bare_dated(ctx, s, e)
    if any(w in norm[s:e] for w in ("jadi", "beroperasi", "diresmikan", "dibuka", "membuka")):
        found = sorted(found + list(_VENUE_SUBJECT.finditer(norm, s, e)), key=lambda m: m.start())
    return _pick(ctx, found, s, e, named, generic)


# a name cut short by an ellipsis where a feed's or a share card's teaser ends, at the end
# of its line or before its "more" link: "bertempat di Ruang Rapat Kan... Lihat
# selengkapnya" (the full text names the venue whole; not "di Aula X... dan berjalan lancar")
_TEASER_CUT = fastre.compile(r"[ \t]*(?:…|\.{3})[ \t]*(?:(?=\n|\Z)|(?:(?:[Ll]ihat|[Bb]aca)[ \t]+)?[Ss]elengkapnya\b"
                             r"|(?:[Ss]ee|[Rr]ead|[Ss]how)[ \t]+more\b)")


def _teaser_whole(ctx: Ctx, s: int, e: int) -> Optional[tuple[str, Optional[str], int, int]]:
    """The venue whose name a teaser cut at norm[s:e] ("Ruang Rapat Kan", see _TEASER_CUT),
    as the page's full copy of the text, later on, writes it whole ("... bertempat di Ruang
    Rapat Kantor Bupati X."): read in that copy's line; None when the page has no such copy."""
    norm = ctx.norm
    i = norm.find(norm[s:e], e)
    while i >= 0:
        m = _VENUE_ANY.match(norm, i)
        if m and m.end("name") > i + (e - s) and norm[i + (e - s)].isalnum():
            line_end = norm.find("\n", i)
            return _pick(ctx, [m], i, len(norm) if line_end < 0 else line_end)
        i = norm.find(norm[s:e], i + 1)
    return None


def _pick(ctx: Ctx, found: list, s: int, e: int, named: set = frozenset(),
          generic: set = frozenset()) -> Optional[tuple[str, Optional[str], int, int]]:
    """The first of the venue matches `found` in sentence norm[s:e] that stands as a venue:
    (name, city, start, end), its name trimmed and its town read after it or from the
    article; `named`, `generic`: starts of matches of a bare proper name (_VENUE_NAMED) or
    of a kind only (_VENUE_GENERIC)."""
    norm = ctx.norm
    for m in found:
        if _FROM_OWN_OFFICE.search(norm, max(s, m.start() - 40), m.start()):
            continue
        name_s, name_e = m.start("name"), m.end("name")
        name = norm[name_s:name_e]
        cut_at = name_s + (name.find("...") if "..." in name else len(name))
        if _TEASER_CUT.match(norm, cut_at):
            whole = _teaser_whole(ctx, name_s, cut_at)
            if whole:
                return whole
            continue
        # a venue name stops before an embedded " di <City>"
        cut = _EMBEDDED_DI.search(name)
        city = None
        if cut:
            rest = name[cut.end():]
            name_e = name_s + cut.start()
            name = norm[name_s:name_e]
            city = None if _STREET.match(rest) else _city_words(rest)  # "Kantor X di Jalan Y"
            if city and not _known_town(city) and (_trailing_place(name) or _trailing_seat(name)):
                # "Aula Kantor Kejaksaan Negeri Sleman di Beran": a village the gazetteer does
                # not know; the venue's own place says more
                city = None
        dot = _DOT_GLOSS.search(name)
        if dot:
            name = name[:dot.start()]
        name = name.rstrip(" .")
        name_e = name_s + len(name)
        marked = name_s > 0 and norm[name_s - 1] in "_*"
        if marked:
            # "_Baruga Tinggimae_": the name ends at the closing mark, its items follow it
            close = min((i for i in (name.find("_"), name.find("*")) if i > 0), default=-1)
            if close > 0:
                name = name[:close].rstrip(" .")
                name_e = name_s + len(name)
            marked = norm[name_e:name_e + 1] == norm[name_s - 1]
        if _COMPASS_END.search(name):
            cl = _COMPASS_LIST.match(norm, name_e, e)
            if cl:
                name_e = cl.end()
                name = norm[name_s:name_e]
        if len(name.split()) < 2 and not name.startswith("Mal") and not _HOTEL_WORD.match(name) \
                and name not in _BARE_HEADS:
            continue
        if not cut:
            ab = _ABBR_AFTER.match(norm, name_e, e)
            if ab and _EN_HEAD_LAST.search(name):
                name_e = ab.end()
                name = norm[name_s:name_e]
        if not cut and _EN_HEAD_LAST.search(name):
            ta = _EN_TOWN_AFTER.match(norm, name_e, e)
            if ta and not _is_date_word(ta.group("t")) and _known_town(ta.group("t")):
                # "di Grand City Convention Center Surabaya, Selasa": an English-style
                # venue written with its town after its head word
                name_e, city = ta.end(), ta.group("t")
                name = norm[name_s:name_e]
        # weekday/date words are not part of the name
        wd = _WEEKDAY_IN_NAME.search(name)
        if wd:
            name = name[:wd.start()]
            name_e = name_s + len(name)
        # following comma items: ", Jakarta, Selasa (27/01/2026)" / " di Jakarta"
        pos = name_e + 1 if marked else name_e
        items = []
        kec_item = None
        street = False
        opener = norm.startswith(("Di", "Bertempat", "Berlokasi"), m.start())  # opens the sentence
        hi = e
        for _ in range(4):
            ad = _ADDRESS.match(norm, pos)
            if ad:
                # the address is skipped, the town follows it; a sentence cut at an address
                # abbreviation ("Jl. Raya X Km. 3, Serang") goes on to the town (street
                # items must be known towns, below)
                pos, street, hi = ad.end(), True, max(hi, min(len(norm), ad.end() + 60))
            mm = _CITY_ITEM.match(norm, pos, hi)
            if not mm:
                break
            item = mm.group("item")
            stop = _SENT_STOP.search(item)
            if stop:
                # an item run on past the sentence's end (the range widened after an
                # address): "Jalan HR Rasuna Said, Jakarta Selatan. Ketiganya yakni ..."
                item = item[:stop.start()]
                hi = min(hi, mm.start("item") + stop.start() + 1)
            if _is_date_word(item) or _person_item(norm, mm.start("item")):
                break
            if _LOWER_NEXT.match(norm, mm.end(), hi) and not _known_town(item):
                break  # "di Aula Kantor Bupati X, Johny bersama ...": the subject of the clause
            if opener and _VENUE_HEAD_ITEM.match(item) and not items and _trailing_place(item) \
                    and _known_town(_trailing_place(item)):
                # "Bertempat di Ruang Rapat Bupati, Gedung B Setda Temanggung, Pemerintah
                # ...": the building the room is in, which names the town
                name_e = mm.end()
                name = norm[name_s:name_e]
                pos = mm.end()
                break
            if (street or opener) and not _known_town(item) and not (street and _ADDRESS_AREA.match(item)):
                # "..., Jalan Candi Gebang, Beran": a hamlet of the address, no town;
                # "Di Aula X, Kepala Ombudsman Y menandatangani": the clause's subject
                # (an address goes on through its village and kecamatan: "Aula X, Jalan
                # Y, Desa Z, Kecamatan W")
                break
            if not items and _KEC_ITEM.match(item.rstrip(".")):
                kec_item = item
            street = bool(_STREET.match(item))
            en_part = _EN_HEAD_LAST.search(item) and "," in norm[pos:mm.start("item")]
            if (_VENUE_HEAD_ITEM.match(item) or en_part or _OWNER_ITEM.match(item)) and not items and marked:
                # "_Baruga X_, Rumah Jabatan Bupati Y": the building the marked name is in,
                # which may name the town (a regent's or governor's seat)
                city = city or _seat(item, provinces=True, need=_GOV_PROV_HEAD) or _seat(item, provinces=False)
            elif (_VENUE_HEAD_ITEM.match(item) or en_part or _OWNER_ITEM.match(item)) and not items:
                name_e = mm.end()  # "Aula Jayang Tingang, Kantor Gubernur X": still the venue
                if norm[name_e - 1] == "." and not norm[name_e:hi].strip():
                    name_e -= 1  # "... di Ruang X, Setda Banyumas.": the sentence's full stop
                name = norm[name_s:name_e]
            elif not _STREET.match(item) and not _province_only(item) \
                    and not (items and _LEVEL_PREFIX.match(items[-1]) and _province_named(item)) \
                    and not (items and _region_above_town(item)):
                items.append(item)
            pos = mm.end()
        if len(items) == 1 and not _known_town(_LEVEL_PREFIX.sub("", items[0].rstrip("."))) \
                and ((_LEVEL_AFTER.search(name) and _seat(name, provinces=False))
                     or cut and (_trailing_place(name) or _trailing_seat(name))):
            # "di Mal Pelayanan Publik Kabupaten Sleman, Beran, Kamis", "di Aula Kantor
            # Kejaksaan Negeri Sleman di Beran": the venue names its regency; an unknown
            # word after it is a village or hamlet of the address (a comma item after a
            # venue named by its regency's head, "Kantor Bupati Sigi, Bora", is the town)
            items = []
        elif len(items) == 1 and not _known_town(_LEVEL_PREFIX.sub("", items[0].rstrip("."))) \
                and _en_city(name):
            # "di Hall B Jakarta Convention Center (JCC), Senayan": a quarter of the city
            # an English-style venue is named after, which is the town (not an
            # institution's region: "Gedung Rektorat Universitas Jambi, ..., Mendalo")
            city = _en_city(name)
            items = []
        elif len(items) == 1 and len(items[0].split()) <= 2 and not _known_place(items[0].rstrip(".")) \
                and not _known_town(_LEVEL_PREFIX.sub("", items[0].rstrip("."))) and ctx.dateline \
                and (_dateline_city(ctx.dateline) or len(items[0].split()) == 1
                     and (_filed_from_seat(ctx, name) or _filed_from_seat_town(ctx, name))) \
                and m.start() not in named:
            # "DENPASAR - ... digelar di Gedung Sewaka Dharma, Lumintang, Senin": a village or
            # quarter the gazetteer does not know, in the city the report is filed from (a
            # regency's dateline says less: "SIGI - ... Kantor Bupati Sigi, Bora" is in Bora;
            # unless it is the seat of the regency the venue is named after: "MANOKWARI -
            # ... di Aula Kantor Bupati Manokwari, Sowi" is in Manokwari, Sowi its kelurahan;
            # or filed from a regency's seat, for a venue that names no region: "SELONG -
            # ... di Aula Rektorat Universitas Hamzanwadi, Pancor", _filed_from_seat_town);
            # a quarter of two words too when filed from a city ("PADANG - ... di Gedung
            # Rektorat Universitas X, Limau Manis, Selasa": a kelurahan of Padang); not a
            # town written with "Kota" ("..., Kota Mungkid", the seat of Kabupaten Magelang)
            items = []
            city = _city_of_district(ctx.dateline)
        if m.start() in named and not (items and _known_town(_LEVEL_PREFIX.sub("", items[0].rstrip(".")))):
            # a name with no known town after it may be anything (a regency's seat the
            # regions list does not hold is a town: "di Puncak Waringin, Labuan Bajo")
            continue
        if items == [kec_item] and _district_of_item(kec_item):
            # "Balai Kalurahan X, Kapanewon Playen, Jumat": the district the address gives,
            # without its level word
            city = _district_of_item(kec_item)
        elif items:
            city = _kota_of_district(name, _LEVEL_PREFIX.sub("", items[-1].rstrip(".")))
            city = _town_of_regency(name, city)
            if kec_item and _regency_of_city_name(items[-1].rstrip(".")):
                # "Balai Desa X, Kecamatan Pujon, Kabupaten Malang": the regency's bare
                # name is a city's ("Kota Malang"), where the venue is not; the kecamatan
                # the address gives places it
                city = _district_of_item(kec_item) or city
        if city is None and not cut:
            gl = _GLOSS_TOWN.match(norm, name_e, e)
            if gl:
                city = next((c for c in _prefixes(gl.group("place")) if _known_place(c)), None)
        if city is None and not cut:
            city = _glossed_town(norm, name_e, e)
        if city is None and not cut:
            cx = _COMPLEX_GLOSS.match(norm, name_e, e)
            if cx:
                owner = cx.group("owner")
                city = _seat(owner, provinces=True, need=_GOV_PROV_HEAD) or _seat(owner, provinces=False) \
                    or _seat(owner, provinces=True)
        if city is None and not cut:
            eo = _EN_OF_PLACE.match(norm, name_e, e)
            if eo:
                city = _en_owner_town(eo.group("place"))
        if city is None and (m.start() in generic or _LOWER_OFFICE & {w.lower() for w in name.split()}):
            city = _village_district(ctx, name, m.start() in generic)
        if city is None and kec_item:
            city = _district_of_item(kec_item)
        if city is None and _PAVILION.match(name):
            city = _dateline_fallback(ctx, s, e)
        if city is None and name in _BARE_HEADS and ctx.dateline and _known_place(ctx.dateline):
            city = _city_of_district(ctx.dateline)  # "di Pendopo," filed from TENGGARONG
        if city is None:
            # a regency's name that is no town's ("Aula Kantor Kemenag Kerinci" filed from
            # SUNGAI PENUH) places the venue in no town the text states, nor in the dateline's
            trail = _trailing_place(name)
            regency = trail is not None and _regency_no_town(trail)
            city = _landmark_city(name) or _seat(name, provinces=True, need=_GOV_PROV_HEAD) \
                or _dateline_town(ctx, name) \
                or _seat(name, provinces=True) or _seat(name, provinces=False) or _en_owner_seat(name) \
                or (None if regency else trail) or _en_place(name) or _local_trailing_seat(ctx, name) \
                or _foreign_town(ctx, name) or _mission_town(name) or _town_after_short_form(ctx, name) \
                or (None if regency else _dateline_fallback(ctx, s, e, name))
        if city is None:
            city = _town_written_elsewhere(ctx, name) or _town_of_short_form(ctx, name)
        if city is None and ctx.dateline and _names_words(name, ctx.dateline):
            city = ctx.dateline  # "ruang pertemuan MPP Labuan Bajo", filed from LABUAN BAJO
        if city is None and _VILLAGE_WORDS & {w.lower() for w in name.split()}:
            city = _body_regency(ctx)
        fuller = _fuller_mention(ctx, name, name_s)
        if fuller:
            return fuller
        return name, _as_dateline(ctx, _seat_of_district(city)) if city else city, name_s, name_e
    return None


# the office complex a venue stands in, written in lower case after it: "di Balei X,
# kompleks Kantor Bupati Simalungun" (the regency's seat)
_COMPLEX_GLOSS = fastre.compile(r"[ \t]*,[ \t]*(?:kompleks|komplek|kawasan|lingkungan)[ \t]+(?:perkantoran[ \t]+)?"
                                r"(?P<owner>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,6})")


def _as_dateline(ctx: Ctx, city: str) -> str:
    """A regency's seat as the article's dateline spells it, when the gazetteer knows the
    dateline by no other name: "Pematang Raya" filed from PAMATANG RAYA (the Simalungun
    spelling) is "Pamatang Raya". Only one letter may differ, in names of the same length
    ("Kota Batu" and "Kota Baru" are two towns: both known, so neither is changed)."""
    town = ctx.dateline
    if town and town != city and tuple(city.lower().split()) in _seat_towns() and _same_seat_words(town, city):
        return town
    if not town or town == city or len(town) != len(city) or tuple(city.lower().split()) not in _seat_towns() \
            or _known_town(town):
        return city
    return town if sum(a != b for a, b in zip(town.lower(), city.lower())) == 1 else city


@lru_cache(maxsize=1)
def _seat_spellings() -> frozenset:
    """Pairs of a word's regional and Indonesian spellings, both ways round
    (data/seat_word_spellings.tsv: "ampek" and "empat")."""
    pairs = set()
    for line in data_lines("seat_word_spellings.tsv"):
        a, _, b = line.partition("\t")
        if a.strip() and b.strip():
            pairs |= {(a.strip(), b.strip()), (b.strip(), a.strip())}
    return frozenset(pairs)


def _same_seat_words(town: str, seat: str) -> bool:
    """Whether a dateline and a seat's name are the same name, word for word, one word or
    more written in the other spelling (see _seat_spellings): "Simpang Empat" and "Simpang
    Ampek"."""
    a, b = town.lower().split(), seat.lower().split()
    if len(a) != len(b) or a == b:
        return False
    pairs = _seat_spellings()
    return all(x == y or (x, y) in pairs for x, y in zip(a, b))


# a place known by its own name alone, with no head word and no town after it, where the
# sentence says the signing was held or done, dated right after it or ending the sentence:
# "Penandatanganan berlangsung ... pada Selasa (4/2/2025) malam di Loji Gandrung.", "...
# menandatangani nota kesepahaman ... di Dewan Bandaraya Melaka, Rabu (22/1/2025)."
_VENUE_BARE = fastre.compile(
    r"\bdi[ \t]+(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3})"
    r"(?=[ \t]*,[ \t]*(?:" + "|".join(w.capitalize() for w in data_lines("clean_weekdays.txt")) + r")\b"
    r"|[ \t]*[.;]?[\"”]?[ \t]*$)")
_HELD_OR_SIGNED = fastre.compile(
    r"\b(?:" + HELD_VERBS + r"|bertempat|menandatangani|ditandatangani|meneken|diteken|mengeteken)\b")


def _bare_dated(ctx: Ctx, s: int, e: int) -> list:
    """The place named by its own name alone in a sentence telling the signing (see
    _VENUE_BARE); not a town, a region or a name opening with one ("Sumba Barat Daya",
    "Jakarta Pusat"), an address or a person (_NAMED_NOT), a country or a town abroad the
    article writes with its country ("Johor Bahru, Malaysia"), a field written in title case
    (data/venue_bare_not.txt: "di Bidang Pengawasan X"), nor a name after a title cue."""
    norm = ctx.norm
    if not _HELD_OR_SIGNED.search(norm, s, e):
        return []
    out = []
    for m in _VENUE_BARE.finditer(norm, s, e):
        name = m.group("name")
        low = name.lower()
        # (a name after "tentang" is the agreement's subject: "... tentang Kerja Sama
        # Pariwisata di Danau Toba Raya.")
        if _NAMED_NOT.match(name) or _known_town(name) or any(regions.candidates(p) for p in _prefixes(name)) \
                or _in_title(ctx, m.start("name"), m.end("name")) or name in _foreign_towns(ctx.norm) \
                or low.split()[0] in word_set("venue_bare_not.txt") \
                or any(low == c or low.startswith(c + " ") for c in phrase_set("foreign_countries.txt")) \
                or _TITLE_CUE.search(norm, s, m.start()):
            continue
        out.append(m)
    return out


# a building abroad known by its own name, written with its town and country (a state or
# province between them, a lower-case gloss of where it stands before them): "Bertempat di
# Dewan Canselor Tun Abdul Razak, kampus Universiti X (UiTM), Shah Alam, Selangor,
# Malaysia, Selasa ..." (data/foreign_countries.txt)
_VENUE_ABROAD = fastre.compile(
    _AT + r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,5})"
    r"(?:[ \t]*,[ \t]*[a-z]+[ \t]+[^,;\n]{1,60}?)?"
    r"[ \t]*,[ \t]*(?P<town>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
    r"(?:[ \t]*,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?"
    r"[ \t]*,[ \t]*(?:" + "|".join(sorted(data_lines("foreign_countries.txt"), key=len, reverse=True)) + r")\b")


def _abroad_venue(ctx: Ctx, s: int, e: int) -> Optional[tuple[str, Optional[str], int, int]]:
    """A building abroad named with its town and country (see _VENUE_ABROAD): (name, town,
    start, end); not a region, an address or a person (_NAMED_NOT), a country, nor a town
    written as the name, nor a state or a country taken for the town."""
    for m in _VENUE_ABROAD.finditer(ctx.norm, s, e):
        name, town = m.group("name"), m.group("town")
        low = name.lower()
        if _NAMED_NOT.match(name) or _known_town(name) or name in _foreign_towns(ctx.norm) \
                or any(low == c or low.startswith(c + " ") for c in phrase_set("foreign_countries.txt")) \
                or town.lower() in phrase_set("foreign_states.txt") \
                or town.lower() in phrase_set("foreign_countries.txt") or _in_title(ctx, m.start("name"), m.end("name")):
            continue
        return name, town, m.start("name"), m.end("name")
    return None


_TITLE_CUE = fastre.compile(r"\b(?:tentang|perihal|bertajuk|berjudul|bertema)\b")


# a place known by its own name, no head word, glossed in lower case by what it is, then
# its town: "di Indo Jalito, rumah dinas Bupati Tanah Datar, Batusangkar" (data/
# venue_gloss_kinds.txt; the town is read by _glossed_town)
_GLOSS_KINDS = r"(?:" + "|".join(sorted((w.replace(" ", r"[ \t]+") for w in data_lines("venue_gloss_kinds.txt")),
                                        key=len, reverse=True)) + r")\b"
_VENUE_GLOSSED = fastre.compile(_AT + r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3})(?=[ \t]*,[ \t]*"
                                + _GLOSS_KINDS + r")")
_GLOSS_THEN_TOWN = fastre.compile(r"[ \t]*,[ \t]*" + _GLOSS_KINDS + r"(?P<gloss>[^,;.\n]{0,60}?)"
                                  r"(?:[ \t]*,[ \t]*(?P<town>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}))?"
                                  r"(?=[ \t]*(?:[,.;]|$))")


def _glossed(ctx: Ctx, s: int, e: int) -> list:
    """The places named by their own name and glossed by their kind (see _VENUE_GLOSSED):
    not a region, a town, an address or a person (_NAMED_NOT), nor a name inside the
    agreement's title."""
    return [m for m in _VENUE_GLOSSED.finditer(ctx.norm, s, e)
            if not _NAMED_NOT.match(m.group("name")) and not _known_place(m.group("name"))
            and not _known_town(m.group("name")) and not _in_title(ctx, m.start("name"), m.end("name"))]


def _glossed_town(norm: str, at: int, e: int) -> Optional[str]:
    """The town after a venue's lower-case gloss of its kind (", rumah dinas Bupati Tanah
    Datar, Batusangkar": Batusangkar), or the seat of the regency or the capital of the
    province whose head's office the gloss names when no known town follows."""
    m = _GLOSS_THEN_TOWN.match(norm, at, e)
    if m is None:
        return None
    if m.group("town"):
        town = next((c for c in _prefixes(m.group("town")) if _known_town(c)), None)
        if town:
            return _city_of_district(town)
    gloss = m.group("gloss").strip()
    return _seat(gloss, provinces=False) or _seat(gloss, provinces=True) if gloss else None


_COUNTRY_AFTER = fastre.compile(
    r"\b(?P<town>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)[ \t]*,[ \t]*(?:"
    + "|".join(sorted(data_lines("foreign_countries.txt"), key=len, reverse=True)) + r")\b")


def _foreign_towns(norm: str) -> frozenset:
    """Towns abroad the article writes with their country after them: "Hubungan Kota
    Pekanbaru dengan Melaka, Malaysia" -> {"Melaka"} (data/foreign_countries.txt)."""
    return frozenset(_LEVEL_PREFIX.sub("", m.group("town")) for m in _COUNTRY_AFTER.finditer(norm))


# an Indonesian mission abroad, its host city last: "Aula Konsulat Jenderal Republik
# Indonesia (KJRI) Davao", "Wisma Duta KBRI Kuala Lumpur" (data/venue_missions.txt)
_MISSION_TOWN = fastre.compile(
    r"\b(?:" + "|".join(w.replace(" ", r"[ \t]+") for w in data_lines("venue_missions.txt")) + r")"
    r"(?:[ \t]+Republik[ \t]+Indonesia|[ \t]+RI)?(?:[ \t]*\([A-Z]{3,5}\))?"
    r"[ \t]+(?P<town>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})$")


def _mission_town(name: str) -> Optional[str]:
    """The host city an Indonesian mission's venue ends in (see _MISSION_TOWN)."""
    m = _MISSION_TOWN.search(name)
    return m.group("town") if m else None


def _foreign_town(ctx: Ctx, name: str) -> Optional[str]:
    """A venue ending in a town abroad the article writes with its country: "Dewan
    Bandaraya Melaka" with "Melaka, Malaysia" elsewhere is in Melaka."""
    words = name.split()
    towns = _foreign_towns(ctx.norm)
    for n in (2, 1):
        if len(words) > n and " ".join(words[-n:]) in towns:
            return " ".join(words[-n:])
    return None


# the signing held in a head's own office room, told by the possessive: "Penandatanganan
# berlangsung singkat di ruang kerjanya" (a verb of holding or signing before it; not
# "saat ditemui di ruang kerjanya", an interview), the verb's object between them with no
# comma ("menandatangani nota kesepahaman dengan PT Bank X di ruang kerjanya")
_OWN_ROOM = fastre.compile(
    r"\b(?:" + HELD_VERBS + r"|diteken|ditandatangani|menandatangani|meneken|"
    r"membubuhkan[ \t]+tanda[ \t]+tangan)\b(?:[ \t]+[^\s,;.]+){0,12}?[ \t]+di[ \t]+(?P<room>ruang(?:an)?[ \t]+kerja)nya\b")
# ... whose owner is the regional head named last before it: "Wali Kota Jambi, H. X, ...
# menandatangani ..."
_HEAD_TITLE = fastre.compile(r"\b(?:Wali[ \t]+Kota|Walikota|Bupati|Gubernur)[ \t]+(?=[A-Z])")


def _own_room(ctx: Ctx, s: int, e: int) -> Optional[tuple[str, Optional[str], int, int]]:
    """"di ruang kerjanya" after a verb of the signing (see _OWN_ROOM): the office room of
    the regional head the paragraph named last before it ("Ruang Kerja Wali Kota Jambi"),
    in that region's town; evidence the words as written. None when no head is named."""
    norm = ctx.norm
    m = _OWN_ROOM.search(norm, s, e)
    if m is None:
        return None
    lo = s
    para = next((t.paragraph for t in ctx.sents if t.start <= s < t.end), None)
    if para is not None:
        lo = min((t.start for t in ctx.sents if t.paragraph == para), default=s)
    title = None
    for h in _HEAD_TITLE.finditer(norm, lo, m.start()):
        words = norm[h.end():m.start()].split()
        lows = [w.lower().strip(".,") for w in words]
        hit = places.match_tokens(lows, 0)
        if hit:
            regs = [r for r in hit[1] if r.level in ("kota", "kabupaten", "provinsi")]
            if regs:
                title = (norm[h.start():h.end()].strip() + " " + " ".join(w.strip(".,") for w in words[:hit[0]]), regs)
    if title is None:
        return None
    text, regs = title
    want = "provinsi" if text.startswith("Gubernur") else ("kabupaten" if text.startswith("Bupati") else "kota")
    regs = [r for r in regs if r.level == want]
    if len(regs) != 1:
        return None
    r = regs[0]
    city = r.bare if r.level == "kota" else region_seats().get(r.name) or (r.bare if r.level == "kabupaten" else None)
    return "Ruang Kerja " + " ".join(text.split()), city, m.start("room"), m.end()


# a host receiving the visitors at their office, the head of an institution named before
# (data/venue_host_heads.txt, venue_host_visits.txt): "Kepala Ombudsman RI Perwakilan
# Bengkulu, Irsan Hidayat, menerima rombongan Pemkab Rejang Lebong di kantornya, Jalan
# Pembangunan, Padang Harapan, Kota Bengkulu."
_HOST_VISIT = fastre.compile(
    r"\b(?P<head>(?:" + "|".join(sorted((w.replace(" ", r"[ \t]+") for w in data_lines("venue_host_heads.txt")),
                                         key=len, reverse=True))
    + r")[ \t]+(?P<inst>[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*)*))"
    r"(?:[ \t]*,[ \t]*[^,;.\n]{2,60}?,)?[ \t]+(?:juga[ \t]+|pun[ \t]+)?menerima[ \t]+(?:"
    + "|".join(data_lines("venue_host_visits.txt")) + r")\b[^.;\n]{0,100}?[ \t]di[ \t]+(?P<room>kantor)nya\b")
# the town of that office, the last comma item of its address: "..., Kota Bengkulu."
_HOST_ITEMS = fastre.compile(r"(?:[ \t]*,[ \t]*(?P<item>[A-Z][\w.'’-]*(?:[ \t]+[A-Z0-9][\w.'’-]*){0,4}))+")


def _host_office(ctx: Ctx, s: int, e: int) -> Optional[tuple[str, Optional[str], int, int]]:
    """The office of a host who received the visitors of a signing, told in the signing's
    paragraph (see _HOST_VISIT): "Kantor " and the institution its head was named with, in
    the town its address ends in (else the one its name ends in); evidence "kantornya" as
    written. None when the paragraph tells no such visit."""
    norm = ctx.norm
    para = next((t.paragraph for t in ctx.sents if t.start <= s < t.end), None)
    spans = [(t.start, t.end) for t in ctx.sents if t.paragraph == para] if para is not None else [(s, e)]
    for a, b in spans:
        m = _HOST_VISIT.search(norm, a, b)
        if m is None:
            continue
        inst = m.group("inst").rstrip(".")
        name = inst if inst.split()[0] in ("Kantor", "Gedung") else "Kantor " + inst
        city = None
        items = _HOST_ITEMS.match(norm, m.end(), b)
        if items:
            last = _LEVEL_PREFIX.sub("", items.group("item").rstrip("."))
            city = _city_of_district(last) if _known_town(last) else None
        city = city or _region_town(inst) or _trailing_seat(inst)
        return name, city, m.start("room"), m.end()
    return None


def _region_town(name: str) -> Optional[str]:
    """The town of the one region a name ends in: a city itself, a regency's seat, a
    province's capital ("Ombudsman RI Perwakilan Sulawesi Tengah": Palu)."""
    words = name.split()
    lows = [w.lower().strip(".,") for w in words]
    for i in range(len(words)):
        m = places.match_tokens(lows, i)
        if m and i + m[0] == len(words) and words[i][:1].isupper():
            if len(m[1]) != 1:
                return None
            r = m[1][0]
            return r.bare if r.level == "kota" else region_seats().get(r.name)
    return None


# a regency the body names: "Pemerintah Kabupaten Sleman", "Pemkab Sleman"
_REGENCY_NAMED = fastre.compile(r"\b(?:Kabupaten|Pemkab|Kab\.)[ \t]+(?=[A-Z])")


def _body_regency(ctx: Ctx) -> Optional[str]:
    """The one regency the article's body names (bare: "Sleman"), as the town of a village
    venue the text places nowhere else ("Pendopo Balai Kalurahan Sinduadi", the page naming
    "Pemerintah Kabupaten Sleman"): a village lies in its regency. None when the body names
    no regency or several."""
    norm = ctx.norm
    found = set()
    for t in ctx.sents[:ctx.caption_from]:
        for m in _REGENCY_NAMED.finditer(norm, t.start, t.end):
            lows = [w.lower().strip(".,;:)\"") for w in norm[m.end():t.end].split()[:4]]
            hit = places.match_tokens(lows, 0)
            regs = [r for r in (hit[1] if hit else ()) if r.level == "kabupaten"]
            if len(regs) == 1:
                found.add(regs[0])
    return found.pop().bare if len(found) == 1 else None


def _ship_venue(ctx: Ctx, s: int, e: int) -> Optional[tuple[str, Optional[str], int, int]]:
    """A ship the signing was held on (see _VENUE_SHIP): named in the sentence, or the
    last ship named before it when the sentence says "di atas kapal itu". Its town is
    the port it lies at, when the article says so, else the dateline's (see
    _dateline_fallback)."""
    norm = ctx.norm
    m = _VENUE_SHIP.search(norm, s, e)
    if m is not None:
        a, b = m.start("name"), m.end("name")
    elif _SHIP_BACK.search(norm, s, e):
        last = None
        for last in _SHIP_ANY.finditer(norm, 0, s):
            pass
        if last is None:
            return None
        a, b = last.start(), last.end()
    else:
        return None
    port = _SHIP_PORT.match(norm, b)
    if port is not None:
        place = port.group("port")
        known = next((c for c in _prefixes(place) if _known_place(c)), None)
        city = _city_of_district(known) if known else place
    else:
        city = _dateline_fallback(ctx, s, e)
    return norm[a:b], city, a, b


def _filed_from_seat(ctx: Ctx, name: str) -> bool:
    """Whether the dateline is the seat of the regency whose government the venue is
    named after ("Aula Kantor Bupati Manokwari" filed from MANOKWARI)."""
    seat = _seat(name, provinces=False)
    return bool(seat) and seat.lower() == (ctx.dateline or "").lower()


def _filed_from_seat_town(ctx: Ctx, name: str) -> bool:
    """Whether the report is filed from a regency's seat (data/region_seats.tsv: "SELONG",
    "PRAYA") and the venue names no region that could place it elsewhere: "SELONG - ... di
    Aula Rektorat Universitas Hamzanwadi, Pancor, Kamis" is in Selong, Pancor one of its
    kelurahan the gazetteer does not hold (not "Gedung Rektorat Universitas Jambi,
    Mendalo" filed from KUALA TUNGKAL: the venue names Jambi, the village lies elsewhere)."""
    return tuple((ctx.dateline or "").lower().split()) in _seat_towns() and not _names_region(name)


def _dated_scene(norm: str, s: int, e: int):
    """The venue match of a sentence that sets the scene at a venue it dates, with no "di"
    ("Ruang X Kantor Gubernur Y, Selasa 23 September 2025, dipenuhi pejabat ...", "Aula X
    di Jalan Y dipadati warga, Senin (3/3)"), or None."""
    return _VENUE_DATED_OPEN.match(norm, s, e) or _VENUE_DATED_OBJ.search(norm, s, e) \
        or _VENUE_CAME.search(norm, s, e) or _VENUE_MOOD.match(norm, s, e) or _VENUE_SEEN.match(norm, s, e) \
        or _VENUE_FILLED_OPEN.match(norm, s, e)


# a sentence placing people at a building "di" it on a day, the weekday right after the
# name: "Bupati X dan Kepala Y duduk berdampingan di meja depan Ruang Rapat Z, Rabu
# (3/9/2025) pagi." (read by dated_scene only: in a signing's paragraph, the scene of it)
_VENUE_DATED_AT = fastre.compile(_AT + _PART + _FLOOR + _VENUE_NAME + _DATED_AFTER)


def dated_scene(ctx: Ctx, s: int, e: int) -> bool:
    """Whether sentence norm[s:e] sets the scene at a venue it dates (see _dated_scene and
    _VENUE_DATED_AT)."""
    return _dated_scene(ctx.norm, s, e) is not None or _VENUE_DATED_AT.search(ctx.norm, s, e) is not None


def mood_scene(ctx: Ctx, s: int, e: int) -> bool:
    """Whether sentence norm[s:e] opens with the mood at a named venue, dated or not
    ("Suasana Ruang Rapat X, Kantor Bupati Y, mendadak hening ketika ...": see
    _VENUE_MOOD_UNDATED); in a signing's paragraph, the scene of the signing."""
    return _VENUE_MOOD_UNDATED.match(ctx.norm, s, e) is not None


def _fuller_mention(ctx: Ctx, name: str, at: int) -> Optional[tuple]:
    """A venue written short after the article gave it in full elsewhere: "... di Aula
    Bajurung." after "menghadiri acara di Aula Bajurung Kantor Bupati": the full name, as
    that sentence states it (a head and one word only: longer names are already full)."""
    if len(name.split()) != 2:
        return None
    for t in ctx.sents[:ctx.caption_from]:
        if t.start <= at < t.end:
            continue
        i = ctx.norm.find(name + " ", t.start, t.end)
        if i < 0:
            continue
        m = _VENUE.search(ctx.norm, max(t.start, i - 20), t.end)
        if m and m.start("name") == i and len(m.group("name").split()) > 2:
            v = find_venue(ctx, m.start(), t.end)
            if v and v[0].startswith(name + " "):
                return v
    return None


# "... menandatangani nota kesepakatan di Palu, Rabu (14/5/2025)": a venue given only as
# the town, right before the date
_CITY_VENUE = fastre.compile(
    r"\b(?:di|in)\s+(?:Kota\s+|Kabupaten\s+)?(?P<city>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    rf"\s*,?\s*(?:pada\s+)?(?:hari\s+)?(?:{_WEEKDAYS_ID}|{_WEEKDAYS_EN}|\(?\d{{1,2}}[/ ])")


# ... or set against a town where it was not held: "Penandatanganan tidak dilakukan di
# Curup, melainkan di Kota Bengkulu." (the town after "melainkan"/"tetapi")
_CITY_INSTEAD = fastre.compile(
    r"\b(?:tidak|bukan)\b[^.;]{0,60}?\bdi\s+[A-Z][^.;]{0,40}?,?\s+(?:melainkan|tetapi|namun)\s+di\s+"
    r"(?:Kota\s+|Kabupaten\s+)?(?P<city>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?=\s*[.,;]|\s*$)")


class _Span:
    """A venue found outside the signing sentence, shaped like the match find_venue reads."""

    def __init__(self, start: int, end: int, text: str):
        self._s, self._e, self._t = start, end, text

    def start(self, group=0) -> int:
        return self._s

    def end(self, group=0) -> int:
        return self._e

    def group(self, group=0) -> str:
        return self._t


_VENUE_ANY = fastre.compile(r"\b" + _VENUE_NAME)
_ABBR_END = fastre.compile(r"[ \t]*\([A-Z][A-Za-z0-9]{1,9}\)$")


def _office_before(ctx: Ctx, s: int, e: int) -> list:
    """The building a signing sentence calls "kantor tersebut" ("di ruang pertemuan lantai
    dua kantor tersebut"): the last one of that kind the article named before it
    ("mendatangi Kantor Ombudsman RI Perwakilan X di Jalan Y")."""
    norm = ctx.norm
    m = _VENUE_THAT.search(norm, s, e)
    if m is None:
        return []
    kind = m.group("kind") or m.group("room").lower()
    kind = "ruang" if kind == "ruangan" else kind
    last = None
    for v in _VENUE_ANY.finditer(norm, 0, s):
        name = v.group("name")
        cut = _EMBEDDED_DI.search(name)
        if cut:
            name = name[:cut.start()]
        name = _ABBR_END.sub("", name.rstrip(" ."))  # "... Universitas Borneo Tarakan (UBT)"
        if name.split()[0].lower() == kind and len(name.split()) >= 2:
            last = _Span(v.start("name"), v.start("name") + len(name), name)
    return [last] if last is not None else []


def _en_owner_town(place: str) -> Optional[str]:
    """The town of a regency or a city an English venue belongs to ("Kendal" -> Kendal,
    the seat of Kabupaten Kendal); None when the gazetteer knows no such region."""
    for cand in _prefixes(place):
        regs = [r for r in regions.candidates(cand) if r.level in ("kabupaten", "kota")]
        if len(regs) == 1:
            r = regs[0]
            return r.bare if r.level == "kota" else region_seats().get(r.name)
    return None


# an English venue named after a government's head or body: "the Gianyar Regent's office"
# (the regency's seat), "the East Kalimantan Governor's Office" (the province's capital)
_EN_GOV_OWNER = fastre.compile(
    r"\b(?P<place>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2})[ \t]+(?:(?P<reg>(?:Regent|Mayor)['’]s|Regency|City)"
    r"|(?P<gov>Governor['’]s|Provincial))\b")


def _en_owner_seat(name: str) -> Optional[str]:
    """The town of the government an English venue is named after (see _EN_GOV_OWNER): the
    seat of the regency or city, the capital of the province (data/en_province_names.tsv);
    None when the gazetteer knows no such region."""
    m = _EN_GOV_OWNER.search(name)
    if m is None:
        return None
    if m.group("reg"):
        return _en_owner_town(m.group("place"))
    words = m.group("place").lower().split()
    for i in range(len(words)):
        hit = en_province_at(words, i) or places.match_tokens(words, i)
        provs = [r for r in hit[1] if r.level == "provinsi"] if hit and i + hit[0] == len(words) else []
        if len(provs) == 1:
            return region_seats().get(provs[0].name)
    return None


def find_city_venue(ctx: Ctx, s: int, e: int) -> Optional[tuple[None, str, int, int]]:
    """A venue named only by its town ("di Jakarta, Selasa (24/6/2025)"): (None, town,
    start, end) when the gazetteer knows the town. A town inside the agreement's title is
    the region it covers, not where it was signed ("nota kesepakatan tentang Sinergi
    Pelayanan Publik di Kota X, Selasa (13/5/2025)")."""
    for m in [*_CITY_VENUE.finditer(ctx.norm, s, e), *_CITY_INSTEAD.finditer(ctx.norm, s, e)]:
        if _known_place(m.group("city")) and not _in_title(ctx, m.start("city"), m.end("city")):
            return None, m.group("city"), m.start("city"), m.end("city")
    return None


def _named_before(ctx: Ctx, s: int, e: int) -> Optional[tuple[str, Optional[str], int, int]]:
    """The venue a signing sentence refers to by its kind only ("di tepi lapangan"): the
    last venue of that kind the article named before it ("di Lapangan Desa X, ...")."""
    norm = ctx.norm
    m = _BACK_KIND.search(norm, s, e)
    if m is None:
        return None
    kind = m.group("kind").lower()
    for t in reversed(ctx.sents):
        if t.start >= s:
            continue
        for v in _VENUE.finditer(norm, t.start, t.end):
            if norm[v.start("name"):v.end("name")].lower().startswith(kind):
                return find_venue(ctx, v.start(), t.end)
    return None


# a signing placed by a part of the scene only, with no name: "Di sela pembukaan pameran,
# ...", "Di podium tribun barat, ..." (data/venue_scene_parts.txt)
_SCENE_PART = fastre.compile(
    r"\b[Dd]i[ \t]+(?:" + "|".join(sorted((w.replace(" ", r"[ \t]+") for w in data_lines("venue_scene_parts.txt")),
                                         key=len, reverse=True)) + r")(?=[ \t]+[a-z]|[ \t]*[,.;])")


def _scene_before(ctx: Ctx, s: int, e: int) -> Optional[tuple[str, Optional[str], int, int]]:
    """The venue of a signing sentence that places it by a part of the scene only ("Di sela
    pembukaan Gebyar UMKM, Pemkab X dan Bank Y menandatangani ...", see _SCENE_PART): the
    place the sentence right before it, in the same paragraph, named ("Ratusan pedagang
    bertahan di Lapangan Korpri Kalianda, Kamis pekan lalu.", "Stadion Segiri ramai
    penonton ..."). None when that sentence names no venue."""
    norm = ctx.norm
    if not _SCENE_PART.search(norm, s, e):
        return None
    i = next((i for i, t in enumerate(ctx.sents) if t.start <= s < t.end), 0)
    if i == 0 or ctx.sents[i - 1].paragraph != ctx.sents[i].paragraph:
        return None
    prev = ctx.sents[i - 1]
    # a head inside a longer name, a title or an office ("Kepala Kantor Wilayah X"), is none
    found = [m for m in _VENUE_ANY.finditer(norm, prev.start, prev.end)
             if not _in_title(ctx, m.start("name"), m.end("name"))
             and not _CAP_BEFORE.search(norm, prev.start, m.start("name"))]
    return _pick(ctx, found, prev.start, prev.end)


_CAP_BEFORE = fastre.compile(r"\b[A-Z][\w'’.-]*[ \t]+$")


# a signing told as an item of a numbered agenda the article listed before it: "Pada
# agenda kedua, perjanjian kerja sama diteken ..." after "2. Pukul 09.30 WITA -
# Penandatanganan ... di Ruang Rapat Bupati X." (an agenda page's rundown)
_AGENDA_BACK = fastre.compile(r"\b(?:[Pp]ada|[Dd]alam|[Dd]i)[ \t]+(?:agenda|acara|mata[ \t]+acara|kegiatan|sesi)[ \t]+"
                              r"(?P<ord>[a-z]+)\b")
_ITEM_MARK = fastre.compile(r"[ \t]*(?P<n>\d{1,2})[.)](?:[ \t]|$)")


@lru_cache(maxsize=None)
def _ordinals() -> dict:
    """Ordinal word -> number (data/agenda_ordinals.tsv)."""
    return {w: int(n) for w, n in (ln.split("\t") for ln in data_lines("agenda_ordinals.tsv"))}


def _agenda_item(ctx: Ctx, s: int, e: int) -> Optional[tuple[str, Optional[str], int, int]]:
    """The venue of the numbered agenda item a signing sentence points back to ("Pada
    agenda kedua, ..."): the last item with that number before it ("2. ..."), read up to
    the next item or the end of its paragraph. None when no such item names a venue."""
    norm = ctx.norm
    m = _AGENDA_BACK.search(norm, s, e)
    n = _ordinals().get(m.group("ord")) if m else None
    if n is None:
        return None
    before = [t for t in ctx.sents if t.end <= s]
    first = None
    for i, t in enumerate(before):
        mk = _ITEM_MARK.match(norm, t.start, t.end)
        if mk and int(mk.group("n")) == n:
            first = i
    if first is None:
        return None
    for i in range(first, len(before)):
        t = before[i]
        if t.paragraph != before[first].paragraph or (i > first and _ITEM_MARK.match(norm, t.start, t.end)):
            break
        v = find_venue(ctx, t.start, t.end)
        if v:
            return v
    return None


def _region_above_town(item: str) -> bool:
    """A region written after the venue's town, which names no town itself: a province
    whose capital is named otherwise ("..., Nusa Dua, Bali": Bali's capital is Denpasar;
    not "..., Senayan, Jakarta") or a state abroad (data/foreign_states.txt: "..., Bangi,
    Selangor")."""
    if item.lower() in phrase_set("foreign_states.txt"):
        return True
    found = regions.candidates(item)
    if not found or any(r.level != "provinsi" for r in found) or _town_codes(item):
        return False
    return all((region_seats().get(r.name) or "").lower() != item.lower() for r in found)


def _province_named(item: str) -> bool:
    """A province written after a regency or a city ("Kabupaten Tangerang, Banten"): a
    province's name, but no town or regency of that name ("Banten", "Provinsi Bali"; not
    "Jambi"). (After a district, "Senayan, Jakarta", the capital is the town.)"""
    bare = _LEVEL_PREFIX.sub("", item)
    if bare.split()[0].lower() in _PROVINCE_AFTER:
        return True
    found = regions.candidates(bare)
    return bool(found) and all(r.level == "provinsi" for r in found) and not _town_codes(bare)


def _town_of_regency(name: str, place: str) -> str:
    """A venue ending in a town of the regency written after it names that town:
    "Aula Rektorat, Kampus Indralaya, Ogan Ilir" is in Indralaya (a kecamatan of Ogan
    Ilir); not a village's or district's own office ("Kantor Camat X, Kabupaten Y")."""
    regs = [r for r in regions.candidates(place) if r.level == "kabupaten"]
    if len(regs) != 1 or any(r.level != "kabupaten" for r in regions.candidates(place)):
        return place
    words = name.split()
    for n in (2, 1):
        if len(words) <= n or words[-n - 1].lower() in _LOWER_OFFICE or words[-n - 1].lower() == "kecamatan":
            continue
        town = " ".join(words[-n:]).strip(".,")
        if town[:1].isupper() and any(c.startswith(regs[0].code + ".") for c in _town_codes(town)):
            return town
    return place


def _all_generic(name: str) -> bool:
    """Whether a venue name holds only generic words ("Rumah Sakit", "Kantor Desa")."""
    words = _generic_words()
    return all(w.strip(".,").lower() in words for w in name.split())


@lru_cache(maxsize=None)
def _generic_words() -> frozenset:
    return word_set("venue_generic_words.txt")


def _in_title(ctx: Ctx, a: int, b: int) -> bool:
    """Whether text[a:b] lies inside an agreement's title."""
    return any(t[0] <= a and b <= t[1] for t in (ctx.title_spans or ()))


def _prefixes(words: str) -> list:
    """"Kota Mataram Barat" -> ["Kota Mataram Barat", "Kota Mataram", "Kota"]: longest first."""
    w = words.split()
    return [" ".join(w[:n]) for n in range(len(w), 0, -1)]


def _known_town(name: str) -> bool:
    """A known place, or a regency's seat the regions list does not hold ("Watampone")."""
    return _known_place(name) or tuple(name.lower().split()) in _seat_towns()


def _village_district(ctx: Ctx, name: str, generic: bool) -> Optional[str]:
    """The kecamatan of a village venue, from the address the article gives: "Balai Desa
    Sialang Sakti" with "Desa Sialang Sakti, Kecamatan Dayun" elsewhere is in Dayun. A venue
    named only by its kind ("aula pesantren") takes the one kecamatan such an address names."""
    lows = [w.lower() for w in name.split()]
    village = None
    for i, w in enumerate(lows):
        if w in _VILLAGE_WORDS and i + 1 < len(lows):
            village = " ".join(lows[i + 1:])
            break
    if village is None and not generic:
        return None
    found = []
    for m in _VILLAGE_KEC.finditer(ctx.norm):
        if village is not None and m.group("v").lower() != village:
            continue
        kec = next((k for k in _prefixes(m.group("k")) if _town_codes(k)), None)
        if kec and kec not in found:
            found.append(kec)
    return found[0] if len(found) == 1 else None


# a kecamatan written as the venue's address: "di Aula X, Kecamatan Rasau Jaya, ...",
# "Balai Kalurahan X, Kapanewon Playen" (the district words of data/subdistrict_words.tsv:
# Yogyakarta's kapanewon, Papua's distrik)
_KEC_ITEM = fastre.compile(r"(?:" + "|".join(w.capitalize() for w, level in subdistrict_words().items()
                                             if level == "district")
                           + r"|Kec\.)[ \t]+(?P<k>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})$")


def _regency_of_city_name(item: str) -> bool:
    """Whether a town item is a regency written with "Kabupaten" whose bare name is also a
    city's ("Kabupaten Malang": Kota Malang; not "Kabupaten Tapin")."""
    if not item.startswith(("Kabupaten ", "Kab. ")):
        return False
    levels = {r.level for r in regions.candidates(_LEVEL_PREFIX.sub("", item))}
    return {"kabupaten", "kota"} <= levels


def _district_of_item(item: str) -> Optional[str]:
    """The kecamatan the article gives as the venue's address, when it names nothing above
    it ("di Aula Kantor Camat X, Kecamatan X, sekaligus ..."; not "..., Kecamatan X,
    Kabupaten Y", which names the regency): the venue's town, as a village's address gives
    it (see _village_district); a district of a city names the city ("Kecamatan
    Telanaipura": Jambi), a regency's town district its town ("Kecamatan Kota Sumenep":
    Sumenep). None when the gazetteer knows no kecamatan of that name."""
    m = _KEC_ITEM.match(item.rstrip("."))
    if m is None:
        return None
    kec = next((k for k in _prefixes(m.group("k")) if _town_codes(k)), None)
    # a regency's town district, "Kecamatan Kota Sumenep", is the town Sumenep
    return _LEVEL_PREFIX.sub("", _city_of_district(kec)) if kec else None


def _town_codes(name: str) -> tuple:
    """Kemendagri codes of the towns / kecamatan called `name` (empty when none)."""
    return regions.town_codes().get(tuple(regions.normalize(name).split()), ())


def _dateline_city(name: str) -> bool:
    """A dateline that names a city (kota) or one of its districts."""
    return any(r.level == "kota" for r in regions.candidates(name)) or (
        not regions.candidates(name) and _known_place(name) and _city_of_district(name) != name)


def _known_place(name: str) -> bool:
    """A region or a town the gazetteer knows."""
    return bool(regions.candidates(name) or _town_codes(name))


def _names_words(text: str, words: str) -> bool:
    """Whether `words` occur in `text` as whole words (case aside)."""
    t, w = text.lower().split(), words.lower().split()
    return any(t[i:i + len(w)] == w for i in range(len(t) - len(w) + 1))


def _kota_of_district(name: str, place: str) -> str:
    """The city a venue is in: "Gedung Pusat Pemerintahan Kota Tangerang Selatan, Ciputat"
    is in Tangerang Selatan (Ciputat is one of its districts); else `place`."""
    codes = _town_codes(place)
    if not codes:
        return place
    lows = name.lower().split()
    for i in range(len(lows)):
        hit = places.match_tokens(lows, i)
        for r in (hit[1] if hit else ()):
            if r.level == "kota" and any(c.startswith(r.code + ".") for c in codes):
                return r.bare
    return place


def _regency_no_town(place: str) -> bool:
    """Whether a place written bare is only a regency's name, no town's or kecamatan's
    ("Kerinci": the regency's seat is Siulak; not "Sleman", a kecamatan as well)."""
    lows = place.lower().split()
    m = places.match_tokens(lows, 0)
    return bool(m and m[0] == len(lows) and all(r.level == "kabupaten" for r in m[1])
                and places.match_town(lows, 0) != len(lows))


def _dateline_fallback(ctx: Ctx, s: int, e: int, name: Optional[str] = None) -> Optional[str]:
    """A venue that names no place at all ("Pendopo Delta Wibawa", "Aula Rektorat Undana")
    is in the dateline town when the sentence names no other town after "di": local news
    is filed from where the signing took place. A dateline that is not a known place
    (an outlet's name) gives nothing."""
    town = ctx.dateline
    # (the dateline's own town named in the sentence is no other town: "PT X, diler resmi
    # di Pekanbaru, bertempat di Aula Y" filed from PEKANBARU)
    if not town or any(m.group("town").lower() != town.lower() for m in _OTHER_TOWN.finditer(ctx.norm[s:e])):
        return None
    if _known_place(town):
        return _town_in_regency(name, town) or _city_of_district(town)
    # a regency's seat the gazetteer does not hold ("DOLOKSANGGUL -"), for a venue that
    # names no region ("Aula Sidang Bupati"; not "kantor Ombudsman Maluku", in Ambon)
    if name is not None and _filed_from_seat_town(ctx, name):
        return town
    return None


def _town_in_regency(name: Optional[str], dateline: str) -> Optional[str]:
    """The kecamatan a venue's name ends in, when the dateline names only its regency: a
    regency is no town ("LOMBOK TIMUR - ... di Aula Kantor Camat Sembalun": Sembalun, a
    kecamatan of Lombok Timur). None when the dateline is a town itself ("JEPARA" is the
    seat as well as the regency) or the name ends in no kecamatan of that regency."""
    if not name or _town_codes(dateline):
        return None
    regs = regions.candidates(dateline)
    if not regs or any(r.level != "kabupaten" for r in regs):
        return None
    words = name.split()
    for n in (3, 2, 1):
        town = " ".join(words[-n:]).strip(".,")
        if len(words) > n and town[:1].isupper() and not regions.candidates(town) \
                and any(c.startswith(r.code + ".") for c in _town_codes(town) for r in regs):
            return town
    return None


def _names_region(name: str) -> bool:
    """Whether a venue's name holds a region's name ("Kantor Ombudsman Maluku")."""
    lows = [w.lower().strip(".,") for w in name.split()]
    return any(places.match_tokens(lows, i) for i in range(len(lows)) if name.split()[i][:1].isupper())


def _town_written_elsewhere(ctx: Ctx, name: str) -> Optional[str]:
    """A venue named after a body the article elsewhere writes with its town: "di Ruang
    Rapat Gedung Manajemen RSUD Gambiran" and "Direktur RSUD Gambiran Kota Kediri" put the
    venue in Kediri. The body is the venue's last two words."""
    words = name.split()
    if len(words) < 3:
        return None
    tail = " ".join(words[-2:])
    norm = ctx.norm
    i = norm.find(tail)
    while i >= 0:
        m = _LEVEL_AFTER.match(norm, i + len(tail))
        if m:
            place = m.group("place")  # "Kota Kediri Sigit Hadi": the town is one word
            for cand in (place, place.split()[0]):
                if _known_place(cand):
                    return cand
        i = norm.find(tail, i + 1)
    return None


def _town_of_short_form(ctx: Ctx, name: str) -> Optional[str]:
    """A venue ending in a body's short form the article spells out with its town: "Ruang
    Senat Gedung Rektorat UNG" and "Universitas Negeri Gorontalo (UNG)" put it in Gorontalo."""
    words = name.split()
    short = words[-1] if len(words) >= 2 else ""
    if not _SHORT_WORD.match(short) or _known_place(short) or short.lower() in _generic_words():
        return None
    norm = ctx.norm
    i = norm.find("(" + short + ")")
    while i >= 0:
        m = _LONG_BEFORE.search(norm, max(0, i - 90), i)
        if m:
            town = _trailing_place(m.group().strip()) or _trailing_seat(m.group().strip())
            if town:
                return town
        i = norm.find("(" + short + ")", i + 1)
    return _town_of_initials(norm, short)


@lru_cache(maxsize=64)
def _short_then_town(short: str) -> re.Pattern:
    """A short form in brackets with a town right after it: "(UNS) Surakarta"."""
    return re.compile(r"\(" + re.escape(short) + r"\)[ \t]+(?P<town>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)")


def _town_after_short_form(ctx: Ctx, name: str) -> Optional[str]:
    """A venue ending in a body's short form the article spells out with the town after the
    brackets, as campuses are written: "Ruang Senat UNS" and "Universitas Sebelas Maret
    (UNS) Surakarta" put it in Surakarta, "Rektorat ITS" and "Institut Teknologi Sepuluh
    Nopember (ITS) Surabaya" in Surabaya, wherever the report is filed from (the town must
    be one the gazetteer knows, a city written bare, not a regency; the short form no
    place's or generic word's)."""
    words = name.split()
    short = words[-1] if len(words) >= 2 else ""
    if not _SHORT_WORD.match(short) or _known_place(short) or short.lower() in _generic_words() \
            or "(" + short + ")" not in ctx.norm:
        return None
    for m in _short_then_town(short).finditer(ctx.norm):
        town = next((c for c in _prefixes(m.group("town")) if _known_town(c)), None)
        if town is None or town.startswith(("Kabupaten ", "Kab. ")) or _regency_no_town(town):
            continue  # "Dinas X (Disdik) Kabupaten Y": a regency is no town
        return _city_of_district(_LEVEL_PREFIX.sub("", town))  # "(Disparpora) Kota Singkawang"
    return None


@lru_cache(maxsize=64)
def _initials_then_town(short: str) -> re.Pattern:
    """A name whose words open with the capitals of `short`, in order, then a capitalised
    word or two (the town maybe): "Bhakti Husada Mulia Madiun" for "BHM"."""
    words = r"[ \t]+".join(c + r"[a-z][\w'’-]*" for c in short)
    return re.compile(r"\b" + words + r"[ \t]+(?P<town>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)")


def _town_of_initials(norm: str, short: str) -> Optional[str]:
    """A short form made of the initials of a name the article writes in full before a
    town: "Kampus STIKES BHM" and "STIKES Bhakti Husada Mulia Madiun" put the campus in
    Madiun (two to five capitals, each opening one word of the name; the first such name
    followed by a town the gazetteer knows)."""
    if not (2 <= len(short) <= 5 and short.isupper() and short.isalpha()):
        return None
    for m in _initials_then_town(short).finditer(norm):
        town = next((c for c in _prefixes(m.group("town")) if _known_town(c)), None)
        if town:
            return _city_of_district(town)
    return None


def _city_of_district(town: str) -> str:
    """A dateline that is a district of a city names the city: "TELANAIPURA" (a kecamatan
    of Kota Jambi) -> "Jambi". A regency's kecamatan ("Selong") is a town of its own."""
    codes = _town_codes(town)
    found = regions.candidates(town)
    if len(found) == 1 and found[0].level == "kota" and not codes and _nickname(town, found[0].bare):
        return found[0].bare  # "SOLO -": the city is Surakarta
    if not codes or found:
        return town
    cities = {regions.by_code(".".join(c.split(".")[:2])) for c in codes}
    if len(cities) == 1:
        r = cities.pop()
        if r is not None and r.level == "kota":
            return r.bare
    return town


def _nickname(alias: str, name: str) -> bool:
    """Whether a city's alias is another name for it ("Solo" for Surakarta), not a spelling
    of its name ("Pangkalpinang", "Palangka Raya", "Padang Sidempuan"), which stays as
    written."""
    a, b = (re.sub(r"[\W_]", "", x.lower()) for x in (alias, name))
    return difflib.SequenceMatcher(None, a, b).ratio() < 0.8


def _dateline_town(ctx: Ctx, name: str) -> Optional[str]:
    """The dateline as the venue's city when the venue is named after a regency or a
    province ("Kantor Bupati Lombok Timur", "Ruang Rapat Gubernur Kaltara") and the
    dateline is a town inside it ("SELONG -"): the office sits in the town the reporter
    filed from. A dateline elsewhere says nothing about the venue."""
    from . import places

    words = name.split()
    lows = [w.lower().strip(".,") for w in words]
    reg_codes: list[str] = []
    reg_levels: set = set()
    for i in range(len(words)):
        m = places.match_tokens(lows, i)
        if m and i + m[0] == len(words) and words[i][:1].isupper():
            reg_codes = [r.code for r in _city_over_province(m[1]) if r.level in ("kabupaten", "provinsi")]
            reg_levels = {r.level for r in m[1]}
            break
    if not reg_codes:
        return None
    town = ctx.dateline
    if not town:
        return None
    known = regions.candidates(town)
    codes = _town_codes(town)
    codes = tuple(codes) + tuple(r.code for r in known if r.level == "kota")
    if any(c.startswith(rc + ".") for c in codes for rc in reg_codes):
        return _city_of_district(town)
    kabs = [r for r in map(regions.by_code, reg_codes) if r is not None and r.level == "kabupaten"]
    if len(kabs) == 1 and (region_seats().get(kabs[0].name) or "").lower() == town.lower():
        return town  # "Ruang Rapat RSUD Klungkung" filed from SEMARAPURA, the regency's seat
    if not codes and not known and reg_levels == {"kabupaten"} and "bupati" in lows:
        # a dateline the gazetteer does not know ("KUALA KURUN", "TELUK KUANTAN": seats
        # that are neither kecamatan nor regions) and a venue that is the regent's office
        # ("Kantor Bupati Gunung Mas"): local news is filed from the regency's seat; not
        # when the dateline is the seat of another regency ("SAMPIT", a venue in Seruyan)
        reg = regions.by_code(reg_codes[0]) if len(reg_codes) == 1 else None
        seat = region_seats().get(reg.name) if reg is not None else None
        if tuple(town.lower().split()) in _seat_towns() and (seat or "").lower() != town.lower():
            return None
        if seat and seat.lower() != town.lower():
            return None  # a byline taken for the dateline ("Admin Prokopim"): the seat says more
        return town
    return None


def _city_over_province(regs: list) -> list:
    """The regions a venue's last words name, a city read before the province of the same
    name: "Hotel Tentrem Yogyakarta", "Aula Kanwil Kemenag Jambi", "Rektorat Universitas
    Bengkulu" stand in the city (Kota Yogyakarta, Kota Jambi, Kota Bengkulu), not anywhere
    in the province, whatever town the report is filed from (a regency sharing a city's
    name, "Malang", is kept: the regent's offices stand in its own seat)."""
    if any(r.level == "kota" for r in regs):
        return [r for r in regs if r.level != "provinsi"]
    return list(regs)


def _province_only(item: str) -> bool:
    """A province written after the town ("Pendopo X, Banyuwangi, Jawa Timur"): no city.
    A province that shares its capital's name ("Jambi", "Bengkulu") is kept."""
    found = regions.candidates(item)
    if not found or any(r.level != "provinsi" for r in found) or _town_codes(item):
        return False
    low = item.lower()
    return not any(low in r.name.lower().split() for r in found)




def _seat(name: str, provinces: bool, need: frozenset = frozenset()) -> Optional[str]:
    """The seat of the regency or the capital of the province a government venue is named
    after: "Balai Semarak Kantor Bupati Kaur" is in Bintuhan, "Ruang Rapat Kantor Gubernur
    Kalteng" in Palangka Raya. Only for a venue of that government (its head, office or
    "Kabupaten"/"Provinsi" named), not a village's or district's office. `need`: words one
    of which the name must hold ("Gubernur": the governor's own office)."""
    words = name.split()
    lows = [w.lower().strip(".,") for w in words]
    low_set = set(lows)
    if low_set & _LOWER_OFFICE or (need and not low_set & need):
        return None
    for i in range(len(words)):
        m = places.match_tokens(lows, i)
        if m and i + m[0] == len(words) and words[i][:1].isupper():
            if provinces:
                want, gov = "provinsi", _GOV_PROV
            else:
                want, gov = "kabupaten", _GOV_KAB
            if not low_set & gov:
                return None
            regs = [r for r in m[1] if r.level == want]
            return region_seats().get(regs[0].name) if len(regs) == 1 else None
    return None


@lru_cache(maxsize=None)
def _seat_districts() -> dict:
    """Kecamatan (as word tuples) -> the seat town they make up (data/seat_districts.tsv),
    each checked to lie in its regency."""
    out = {}
    for ln in data_lines("seat_districts.tsv"):
        reg_name, kecs = ln.split("\t", 1)
        seat = region_seats().get(reg_name)
        regs = [r for r in regions.candidates(reg_name) if r.name == reg_name]
        if not seat or not regs:
            continue
        for kec in kecs.split(","):
            kec = kec.strip()
            if any(c.startswith(regs[0].code + ".") for c in _town_codes(kec)):
                out[tuple(regions.normalize(kec).split())] = seat
    return out


def _seat_of_district(city: str) -> str:
    """The seat town a venue's kecamatan is part of: "Ruang Sidang RSUD X, Jalan Y,
    Patrang" is in Jember (Patrang is one of the town's kecamatan); a kecamatan of a city
    (kota) is that city: "Gedung Rektorat Unhas, Tamalanrea" is in Makassar (a regency's
    kecamatan is a town of its own, see _city_of_district); else `city`."""
    if regions.candidates(city):
        return city
    seat = _seat_districts().get(tuple(regions.normalize(city).split()))
    return seat or _city_of_district(city)


@lru_cache(maxsize=None)
def _seat_towns() -> dict:
    """The towns of data/region_seats.tsv, as word tuples (lower case) -> as written."""
    return {tuple(t.lower().split()): t for t in region_seats().values()}


# well-known buildings and their cities (data/venue_landmarks.tsv), the longest name first
_LANDMARKS = {" ".join(ln.split("\t")[0].lower().split()): ln.split("\t")[1].strip()
              for ln in data_lines("venue_landmarks.tsv")}
_LANDMARK = fastre.compile(r"\b(?:" + "|".join(r"[ \t]+".join(map(re.escape, k.split()))
                                               for k in sorted(_LANDMARKS, key=len, reverse=True)) + r")\b", re.I)


def _landmark_city(name: str) -> Optional[str]:
    """The city of a well-known building a venue is or is part of, whose name does not
    say its town: "Gedung Sate" (Bandung), "Aula Barat Gedung Sate", "Gedung Negara
    Grahadi" (Surabaya)."""
    m = _LANDMARK.search(name)
    return _LANDMARKS[" ".join(m.group().lower().split())] if m else None


def _head_and_word(name: str) -> bool:
    """Whether a venue is its head and one ordinary word that is also a town's name
    ("Gedung Negara": data/venue_common_towns.txt), which places it nowhere."""
    words = name.lower().split()
    return len(words) == 2 and words[1].strip(".,") in word_set("venue_common_towns.txt")


def _trailing_seat(name: str) -> Optional[str]:
    """A venue ending in a regency's seat, a town the regions list does not hold: "Ruang
    Sidang Pengadilan Negeri Sungailiat" (the seat of Bangka) is in Sungailiat."""
    if _head_and_word(name):
        return None
    lows = tuple(w.lower().strip(".,") for w in name.split())
    seats = _seat_towns()
    for n in (3, 2, 1):
        if len(lows) > n and lows[-n:] in seats:
            return " ".join(name.split()[-n:]).strip(".,")
    return None


def _province_codes(place: str) -> set:
    """The province codes of the regions and kecamatan called `place` ("Dumai": {"14"})."""
    codes = {r.province_code for r in regions.candidates(place)}
    return codes | {c.split(".")[0] for c in _town_codes(place)}


def _local_trailing_seat(ctx: Ctx, name: str) -> Optional[str]:
    """The regency seat a venue's name ends in (see _trailing_seat), unless it is a word of
    the building's own name far from the story: a seat that is also a common word
    ("Tanjung", "Rantau") ending "Gedung Pertemuan Sri Bunga Tanjung" in a
    report filed from DUMAI is a flower's name, not Tanjung in Tabalong. The seat is dropped
    when the dateline is a known place in another province than every regency with that
    seat and the article names none of those regencies nor their provinces; "Aula
    Pengadilan Negeri Sungailiat" filed from JAKARTA in a story on Bangka keeps it."""
    town = _trailing_seat(name)
    if town is None or not ctx.dateline:
        return town
    here = _province_codes(ctx.dateline)
    if not here:
        return town
    regs = [r for r in (regions.by_code(c) for c in _seat_regions().get(town.lower(), ())) if r is not None]
    if not regs or any(r.province_code in here for r in regs):
        return town
    return town if _names_any(ctx.norm, tuple(w for r in regs for w in (r.bare, r.province))) else None


@lru_cache(maxsize=256)
def _words_rx(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def _names_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` names any of `words` (whole words, any case)."""
    return bool(_words_rx(words).search(text))


@lru_cache(maxsize=None)
def _seat_regions() -> dict:
    """A seat town (lower case) -> the codes of the regencies whose seat it is
    (data/region_seats.tsv: "tanjung" -> Tabalong's and Lombok Utara's)."""
    out: dict = {}
    for reg_name, town in region_seats().items():
        for r in regions.candidates(reg_name):
            if r.name == reg_name:
                out.setdefault(town.strip().lower(), []).append(r.code)
    return {k: tuple(v) for k, v in out.items()}


def _en_city(name: str) -> Optional[str]:
    """The one city an English-style venue names before its head word: a kota ("Palu Golden
    Hotel": Palu) or a province named as its capital ("Jakarta Convention Center (JCC)":
    Jakarta); None when it names none or several, or has no such head."""
    name = _ABBR_END.sub("", name)
    m = _EN_HEAD_LAST.search(name)
    if m is None:
        return None
    words = name[:m.start()].split()
    lows = [w.lower().strip(".,()") for w in words]
    found = set()
    for i in range(len(words)):
        if not words[i][:1].isupper():
            continue
        hit = places.match_tokens(lows, i)
        for r in (hit[1] if hit else ()):
            written = " ".join(words[i:i + hit[0]]).strip(".,")
            if r.level == "kota":
                found.add(r.bare)
            elif r.level == "provinsi" and (region_seats().get(r.name) or "").lower() == written.lower():
                found.add(written)
    return found.pop() if len(found) == 1 else None


def _en_place(name: str) -> Optional[str]:
    """The town an English venue names before its head: "Aston Kupang Hotel" -> Kupang."""
    m = _EN_HEAD_LAST.search(name)
    return _trailing_place(name[:m.start()]) if m else None


def _city_words(s: str) -> Optional[str]:
    m = _CITY_WORDS.match(s)
    return m.group() if m and not _is_date_word(m.group()) else None


def _person_item(norm: str, at: int) -> bool:
    """Whether the comma item at norm[at] opens a person, the subject of the clause after
    the venue, and no town: a title of data/jabatan.tsv ("..., Kepala Kanwil X, Dr. H.
    Y, menandatangani ...") or an honorific with its dot ("..., Dr. H. Y, ...")."""
    words = norm[at:at + 80].split()
    if not words:
        return False
    first = words[0].rstrip(".,").lower()
    if first in word_set("honorifics.txt") and words[0].rstrip(",").endswith("."):
        return True
    bare = [w.strip(".,") for w in words]
    return any(tuple(bare[:len(t.words)]) == t.words for t in titles().get(first, ()))


def _is_date_word(item: str) -> bool:
    return bool(_DATE_WORD.match(item))


def _trailing_place(name: str) -> Optional[str]:
    if _head_and_word(name):
        return None
    words = name.split()
    lows = [w.lower().strip(".,") for w in words]
    for i in range(len(words)):
        m = places.match_tokens(lows, i)
        if m and i + m[0] == len(words) and words[i][:1].isupper():
            written = " ".join(words[i:])
            if all(r.level == "provinsi" for r in m[1]):
                # a capital that shares its province's name ("Jakarta", "Jambi"); not a
                # province whose capital is named otherwise ("Perwakilan Riau": Pekanbaru)
                if any((region_seats().get(r.name) or "").lower() == written.lower() for r in m[1]):
                    return written
                return None
            return written
    return None
