"""Round 33 rules of the lead: a signing whose body calls its signers only "kedua pihak"
takes the bodies its signing headline names; "sang bupati, X" is a role written in lower
case after the article "sang"; "kepala kejaksaan negeri setempat" (the local one) is the
head of the one such body among the signing's parties."""
from variety_helpers import article, first_signing


_HEADLINE_END = 80  # every headline below is shorter


def _both_sides(headline: str, first: str = "MoU itu diteken kedua pihak") -> str:
    return article(
        headline,
        "Kamis, 22 Januari 2026",
        f"KOTABUMI - {first} di Aula Siger Kantor Bupati Lampung Utara, Selasa (20/1/2026), "
        "disaksikan para kepala perangkat daerah.",
        "Di meja penandatanganan duduk sang bupati, Hendra Saputra, S.H., dan kepala kejaksaan "
        "negeri setempat, Wulan Purnamasari, S.H., M.H. Keduanya meneken naskah yang sama.",
        "Jaksa pengacara negara akan memberikan bantuan hukum di bidang perdata dan tata usaha "
        "negara kepada pemerintah daerah.",
    )


def test_kedua_pihak_are_the_bodies_the_headline_names():
    sg = first_signing(_both_sides(
        "Pemkab Lampung Utara dan Kejari Lampung Utara Teken MoU Perdata dan TUN"))
    assert sorted(p.name for p in sg.parties) == ["Kejaksaan Negeri Lampung Utara",
                                                  "Pemerintah Kabupaten Lampung Utara"]


def test_sang_bupati_and_the_local_prosecutor_sign_for_their_bodies():
    sg = first_signing(_both_sides(
        "Pemkab Lampung Utara dan Kejari Lampung Utara Teken MoU Perdata dan TUN"))
    signers = {p.name: (p.role, p.party) for p in sg.signatories}
    assert signers == {
        "Hendra Saputra": ("Bupati Lampung Utara", "Pemerintah Kabupaten Lampung Utara"),
        "Wulan Purnamasari": ("Kepala Kejaksaan Negeri Lampung Utara", "Kejaksaan Negeri Lampung Utara"),
    }


def test_a_headline_without_a_signing_verb_names_no_party():
    # guard: the headline tells the subject, not who signed
    sg = first_signing(_both_sides(
        "Pemkab Lampung Utara dan Kejari Lampung Utara Bahas Aset Sengketa"))
    assert not any(p.evidence.start < _HEADLINE_END for p in sg.parties)


def test_a_headline_naming_one_body_names_no_party():
    # guard: one body is not "kedua pihak"
    sg = first_signing(_both_sides("Kejari Lampung Utara Teken MoU Perdata dan TUN"))
    assert not any(p.evidence.start < _HEADLINE_END for p in sg.parties)


def test_a_body_naming_its_parties_keeps_them():
    # guard: the body's own parties, not the headline's
    sg = first_signing(_both_sides(
        "Dua Lembaga Teken MoU Perdata dan TUN",
        "Pemerintah Kabupaten Lampung Utara dan Kejaksaan Negeri Lampung Utara meneken MoU"))
    assert sorted(p.name for p in sg.parties) == ["Kejaksaan Negeri Lampung Utara",
                                                  "Pemerintah Kabupaten Lampung Utara"]
