"""Round 27 rules from the unseen sets' failures (variety116, variety123): on government
sites an address word alone stands between a post and its holder's name
("Bupati Bangka Barat Bapak Markus Wijaya"): the post is that person's."""
from variety_helpers import article, first_signing, people


def test_address_word_between_post_and_name_joins_them():
    s = ("Naskah kerja sama ditandatangani oleh Kepala Kantor Pertanahan Kabupaten Sambas Bapak Hendra "
         "Wicaksono, S.T. dan Bupati Sambas Ibu Rahmawati Saleh.")
    got = {name: (f"{title} {org}", cue) for name, title, org, cue in people(s) if title}
    assert got["Hendra Wicaksono"] == ("Kepala Kantor Pertanahan Kabupaten Sambas", "signer")
    assert got["Rahmawati Saleh"] == ("Bupati Sambas", "signer")


def test_address_word_after_a_verb_is_no_post_of_the_name():
    s = "Bupati Sambas menyambut Bapak Hendra Wicaksono di pendopo."
    assert all(not (name == "Hendra Wicaksono" and title) for name, title, _, _ in people(s))


def test_signers_addressed_on_a_regency_page_are_reported():
    text = article(
        "Kejari Sambas dan Pemkab Sambas Teken Perjanjian Kerja Sama",
        "Sambas - Kejaksaan Negeri Sambas melaksanakan penandatanganan Perjanjian Kerja Sama dengan "
        "Pemerintah Kabupaten Sambas tentang Penanganan Masalah Hukum di Bidang Perdata dan Tata Usaha "
        "Negara pada Senin, 3 Maret 2025 bertempat di Aula Kantor Bupati Sambas.",
        "Perjanjian Kerja Sama ditandatangani oleh Kepala Kejaksaan Negeri Sambas Bapak Dodi Pratama, "
        "S.H., M.H. dan Bupati Sambas Bapak Satono. Kegiatan turut dihadiri oleh Kepala Seksi Intelijen "
        "Bapak Ridwan Hakim, S.H., serta Kepala Bagian Hukum Ibu Lestari Handayani.",
    )
    sg = first_signing(text)
    assert {p.name for p in sg.signatories} == {"Dodi Pratama", "Satono"}
    assert {"Ridwan Hakim", "Lestari Handayani"} <= {p.name for p in sg.attendees}
