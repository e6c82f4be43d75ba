"""Round 33 (parties, banks): a company's name glossed with its acronym before the place
it ends with ("PT Bank Pembangunan Daerah (BPD) Jawa Tengah") keeps that place when its
branch follows ("... Cabang Pati")."""
from variety_helpers import party_names as names


# --- a glossed name, its place, then its branch ----------------------------------------------------

def test_gloss_then_place_then_branch():
    s = "Pemkab Pati dan PT Bank Pembangunan Daerah (BPD) Jawa Tengah Cabang Pati menandatangani PKS."
    assert names(s) == ["Pemerintah Kabupaten Pati", "PT Bank Pembangunan Daerah Jawa Tengah Cabang Pati"]
    # (a province written by its alias, the branch's grade before its town)
    s = "Pemkab Sleman dan PT Bank Pembangunan Daerah (BPD) DIY Cabang Utama Sleman meneken perjanjian."
    assert names(s) == ["Pemerintah Kabupaten Sleman", "PT Bank Pembangunan Daerah DIY Cabang Utama Sleman"]
    # (the branch's head named after it)
    s = "Perjanjian diteken Pemimpin PT Bank Pembangunan Daerah (BPD) Bali Cabang Gianyar, I Made Sudarma."
    assert names(s) == ["PT Bank Pembangunan Daerah Bali Cabang Gianyar"]


def test_gloss_then_place_unchanged():
    # (no branch after the place: as before)
    s = "Pemkab Pati dan PT Bank Pembangunan Daerah (BPD) Jawa Tengah menandatangani PKS."
    assert names(s) == ["Pemerintah Kabupaten Pati", "PT Bank Pembangunan Daerah Jawa Tengah"]
    # (a gloss of the whole name: the town after it is where the body stands)
    assert names("Universitas Gadjah Mada (UGM) Yogyakarta menandatangani nota kesepahaman.") == [
        "Universitas Gadjah Mada"]
    # (a lower-case "cabang" opens no branch of the name)
    s = "PT Bank Pembangunan Daerah (BPD) Jawa Tengah cabang pembantu meneken perjanjian."
    assert names(s) == ["PT Bank Pembangunan Daerah Jawa Tengah"]
