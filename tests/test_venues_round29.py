"""Round 29: venues and dates. A person after the venue and a comma (a title, an honorific
with its dot) opens the clause's subject, and is no town; an official residence after a
hall and a comma ("Baruga X, Rumah Jabatan Bupati Y") is still the venue, in the regency's
seat; an English-style venue may write its town after its head word ("Convention Center
Surabaya"); a venue opening the sentence that tells how it looked on the day ("Ruang X
tampak berbeda pada Selasa ...") sets the scene; "di ruang kerjanya" after a signing verb
and its object; the dateline's own town named in the sentence does not keep a venue that
names no town out of the dateline; "di tempat itu", "di sana" refer back to the place the
sentence before named; a signing set against a town where it was not held ("tidak di X,
melainkan di Kota Y") is in Y; "siang harinya" is the day told before it. Sentences
written for these tests."""
import datetime

from variety_helpers import VenueCtx, venue_in, venue_of

from mou_extract import venues
from mou_extract.dates import find_dates


# --- a person after the venue is no town ----------------------------------------------------

def test_a_title_and_an_honorific_after_the_venue_are_no_town():
    v = venue_of("Siang itu, bertempat di Aula Kanwil Kemenkumham Sulteng, Kepala Kanwil Kemenkumham Sulteng, "
                 "Dr. H. Rahmat Hidayat, M.H., menandatangani perjanjian kerja sama dengan Universitas Tadulako.",
                 dateline="Palu")
    assert v[:2] == ("Aula Kanwil Kemenkumham Sulteng", "Palu")
    v = venue_of("Penandatanganan digelar di Aula Rektorat Universitas Tadulako, Prof. Dr. Amar Saleh meneken "
                 "nota kesepahaman itu atas nama rektor.", dateline="Palu")
    assert v[:2] == ("Aula Rektorat Universitas Tadulako", "Palu")


# --- an official residence after the hall -------------------------------------------------------

def test_an_official_residence_after_the_hall_is_part_of_the_venue():
    v = venue_of("Perjanjian itu diteken di Baruga Karaeng Pattingalloang, Rumah Jabatan Bupati Takalar, "
                 "Senin (3/3/2025).")
    assert v[:2] == ("Baruga Karaeng Pattingalloang, Rumah Jabatan Bupati Takalar", "Pattallassang")
    v = venue_of("Nota kesepakatan ditandatangani di Lamin Etam, Rumah Dinas Bupati Ketapang.")
    assert v[:2] == ("Lamin Etam, Rumah Dinas Bupati Ketapang", "Ketapang")


# --- an English-style venue with its town after the head ---------------------------------------

def test_an_english_venue_with_its_town_after_the_head_word():
    v = venue_of("Kedua pihak meneken nota kesepahaman di sela rapat kerja nasional di Sentul International "
                 "Convention Center Bogor, Kamis (5/6/2025).", dateline="Sanggau")
    assert v[:2] == ("Sentul International Convention Center Bogor", "Bogor")
    # a word that is no known town stays out of the name
    v = venue_of("Kedua pihak meneken nota kesepahaman di Sport and Convention Center Dome, Kamis (5/6/2025).",
                 dateline="Balikpapan")
    assert v[:2] == ("Sport and Convention Center", "Balikpapan")


# --- a venue seen on the day ------------------------------------------------------------------

def test_a_venue_that_looked_different_on_the_day_sets_the_scene():
    s = "Aula Kantor Bupati Sumbawa Barat terlihat lebih ramai pada Kamis (6/3/2025) pagi."
    v = venue_of(s)
    assert v[:2] == ("Aula Kantor Bupati Sumbawa Barat", "Taliwang")
    assert venues.dated_scene(VenueCtx(s), 0, len(s))
    # no day after the look: no scene
    s = "Aula Kantor Bupati Sumbawa Barat terlihat lebih ramai dari biasanya."
    assert not venues.dated_scene(VenueCtx(s), 0, len(s))


# --- "di ruang kerjanya" after the verb's object -------------------------------------------------

def test_own_room_after_the_object_of_the_signing_verb():
    v = venue_of("Wali Kota Kendari Siska Karina Imran menandatangani perjanjian kerja sama dengan PT Bank Sultra "
                 "di ruang kerjanya, Kamis (4/9/2025).")
    assert v[:2] == ("Ruang Kerja Wali Kota Kendari", "Kendari")
    # an interview in another clause is no venue of the signing
    v = venue_of("Wali Kota Kendari Siska Karina Imran menandatangani perjanjian itu pekan lalu, kata ajudannya "
                 "saat ditemui di ruang kerjanya.")
    assert v is None


# --- the dateline's own town in the sentence ---------------------------------------------------

def test_the_dateline_town_named_in_the_sentence_still_places_a_venue():
    s = ("Sekolah itu menandatangani nota kesepahaman dengan PT Sinar Motor, dealer resmi di Pekanbaru, "
         "bertempat di Aula Hasyim Asyari sekolah.")
    assert venue_of(s, dateline="Pekanbaru")[:2] == ("Aula Hasyim Asyari", "Pekanbaru")
    # another town named there still keeps the dateline out
    s = s.replace("di Pekanbaru", "di Dumai")
    assert venue_of(s, dateline="Pekanbaru")[:2] == ("Aula Hasyim Asyari", None)


# --- a place referred back to ------------------------------------------------------------------

def test_there_and_that_place_refer_to_the_venue_of_the_sentence_before():
    text = ("Rombongan bupati lalu bergeser ke Kantor Pengadilan Negeri Ketapang di Jalan Gajah Mada. "
            "Di sana, Bupati Ketapang dan Ketua Pengadilan Negeri Ketapang meneken nota kesepakatan.")
    v = venue_in(text, "Di sana")
    assert v[:2] == ("Kantor Pengadilan Negeri Ketapang", "Ketapang")
    text = ("Sore itu bupati kembali ke Pendopo Bupati Sintang. Malam harinya, di tempat itu pula, Pemkab "
            "Sintang dan BPJS Kesehatan meneken perjanjian kerja sama.")
    v = venue_in(text, "Malam harinya")
    assert v[:2] == ("Pendopo Bupati Sintang", "Sintang")


# --- a town set against another ----------------------------------------------------------------

def test_a_signing_not_held_in_one_town_but_in_another_is_in_the_other():
    s = "Penandatanganan tidak dilakukan di Manna, melainkan di Kota Bengkulu."
    assert venues.find_city_venue(VenueCtx(s), 0, len(s))[1] == "Bengkulu"
    # no contrast: no town
    s = "Penandatanganan dilakukan setelah rapat di Manna berakhir."
    assert venues.find_city_venue(VenueCtx(s), 0, len(s)) is None


# --- a part of the day told before ----------------------------------------------------------------

def test_a_part_of_the_day_before_is_that_day():
    t = ("Bupati meninjau lokasi banjir pada Selasa (12/8/2025) pagi. "
         "Siang harinya, Pemkab dan Kejari meneken perjanjian kerja sama.")
    ds = find_dates(t, datetime.date(2025, 8, 13))
    assert ("Siang harinya", datetime.date(2025, 8, 12)) in [(d.text, d.value) for d in ds]
    # "keesokan harinya" is the next day, not this one
    t = ("Bupati meninjau lokasi banjir pada Selasa (12/8/2025). "
         "Keesokan harinya, Pemkab dan Kejari meneken perjanjian kerja sama.")
    ds = find_dates(t, datetime.date(2025, 8, 13))
    assert all(d.value != datetime.date(2025, 8, 12) or d.text.startswith("Selasa") for d in ds)
