"""Rebuild given_names.txt, the gazetteer of given names that model.names reads.

The names come from the first-name lists of the Faker library's person providers
(MIT licence) for the locales below, keeping only names written in Latin letters
(romanised forms where a locale has them, as ja_JP and zh_CN do), plus the short forms
and nicknames written out by hand in NICKNAMES. Each line of the output is one name,
lower case with its accents kept; the file is sorted and has no repeats.

Faker is not a dependency of the project: run this script with a throwaway venv,

    python3 -m venv /tmp/fakervenv && /tmp/fakervenv/bin/pip install faker
    /tmp/fakervenv/bin/python corpus/make_given_names.py

and commit the new given_names.txt with the Faker version it prints. The output depends
only on the Faker version, so the same version gives the same file.
"""

from __future__ import annotations

import importlib
import unicodedata
from collections.abc import Iterable
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "model" / "data" / "given_names.txt"


def _words(text: str) -> list[str]:
    """Return the whitespace-separated words of `text` (keeps word tables readable)."""
    return text.split()


# The six languages' countries first, then the countries customers often come from.
LOCALES = _words(
    "en en_US en_GB en_IE en_IN en_NZ en_PK en_KE en_NG en_TH "
    "es es_ES es_MX es_AR es_CO es_CL es_CA "
    "it_IT pt_PT pt_BR fr_FR fr_CA fr_CH fr_BE "
    "de_DE de_AT de_CH de_LI de_LU nl_NL nl_BE "
    "pl_PL ro_RO cs_CZ sk_SK hu_HU hr_HR sl_SI sv_SE da_DK no_NO fi_FI is_IS ga_IE "
    "lt_LT lv_LV et_EE tr_TR az_AZ uz_UZ id_ID vi_VN ja_JP zh_CN zh_TW "
    "sw yo_NG ig_NG ha_NG tw_GH zu_ZA"
)

# Short forms and nicknames that people use as their profile name, written by hand
# (Faker lists mostly full given names). English, Spanish, Italian, French, German,
# Portuguese, the Polish and Dutch forms adults sign with at work, then a few common
# elsewhere.
NICKNAMES = """
    abby al alex alfie ally andy annie archie barb becky ben benny bert beth betty bill
    billy bob bobby brad cal cam cathy charlie chris chuck cindy dan danny dave davey deb
    debbie dick don donny doug ed eddie eddy ellie em emmy fran fred freddie freddy gabe
    gerry greg hank harry jack jackie jake jamie jan jen jenny jeff jerry jess jessie jim
    jimmy jo joe joey johnny jon jonny josh judy kate katie kathy kay ken kenny kim kit
    larry len lenny leo les liz lizzie lou lulu maddie mandy matt matty max meg mel mick
    mickey mike mikey molly nat nate ned nell nick nicky pam pat patty peggy pete phil
    ray rob robbie ron ronnie rosie russ sam sammy sandy steph steve stevie sue susie
    ted teddy terry tim timmy tom tommy tony trish val vicky vince walt will willy
    abi alba ali alfon alfonsito almu anita antoñito bea beto calo carlitos caro charo
    chema chelo chencho chus concha conchi cris cuca curro dani edu elo encarni fede
    fer fito flor gabi guille guillo goyo javi juancho juanma juanjo juanpa kike lola
    lolita lucho lupe luli lupita maite mane manolo manu mari maribel marisa marisol
    maru meche memo merche mila moncho nacho nando nati nena neus nico paco pancho paqui
    pati paty pepa pepe pepita pili pilar quique rafa ramiro rocio santi sole tere
    toni tito vale vicen vero viki xavi yoli
    ale ali andre beppe betta bice cate checco chiara dado dario ele enri fabi fede
    fra franci gabri gigi gino gio giò giulio lele lello lollo luca lucky manu mati
    max maxi mimmo mimì nanni nene nicola pino peppe peppino pippo rino rosy sandro
    silvi simo stefi tati teo tina toto totò ugo vale vito
    alex anto aude benji cam caro  clem coco dom doudou flo fran gaby guigui
    loulou lulu manon mano marie mathou max mimi nico noé pierrot polo seb steph
    théo titi val vince yann zaza
    andi anni basti benni bine chrissi conny dani domi flo gabi hanni hansi heini jo
    jojo jörg kai kathi lene lenny leni lisi lotti lukas lutz magda maxi micha michi
    mo moni nicki olli pauli resi rike sabi sandi schorsch sepp seppl sigi steffi stefan
    susi tim timo toni uli uschi vroni wasti willi wolfi
    bia biel cacá cadu chico dani dudu duda fabinho fê gabi gui guga guto isa jô juca
    juju léo lipe lu lulu malu manu mari mel nanda nando nanda necas pati paulinho rafa
    ricardinho rô tati tião tito vini zé zeca zezé zinho
    kasia ania asia basia gosia aga ola kuba tomek wojtek maciek jarek darek
    ruud kees
    abdul ahmed ali amir anil arjun ayşe deniz emre fatma hamza hasan hüseyin karim
    kemal leyla mehmet murat mustafa omar priya raj ravi sana sanjay sunil tariq vijay
    yusuf zainab
"""

# Entries of Faker's lists that are more often something else in a profile name: function
# words of the six languages ("Les Délices", "Al Forno", "El Rincón"), words of the
# pseudonyms people and shops choose ("Baby Girl", "Boss Lady", "Royal Beauty"), month
# and day names that are rarely given names, and abbreviations ("Wm").
EXCLUDE = frozenset(
    _words(
        """
    al alla che con del della delle dove el le les lo mio my nel nella pero sie von dona
    dono sim nova mayo mars january sunday lundi doc doctor media bot french german handy
    baby love golden star royal little lady queen princess boss cash fancy bello king
    ah ab ey ib us wm
    """
    )
)


def _latin(name: str) -> bool:
    """Return True for a name written in Latin letters (with ' or - inside)."""
    return bool(name) and all(
        c in "'-" or (c.isalpha() and "LATIN" in unicodedata.name(c, "")) for c in name
    )


def _strings(value: object) -> Iterable[str]:
    """Yield the names in a Faker attribute: a tuple, a list, a weighted dict, or pairs."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        yield from (k for k in value if isinstance(k, str))
    elif isinstance(value, (list, tuple)):
        for item in value:
            if isinstance(item, str):
                yield item
            elif isinstance(item, tuple) and item and isinstance(item[-1], str):
                yield item[-1]  # ja_JP pairs: (kanji, kana, romanised)


def faker_names() -> tuple[set[str], str]:
    """Return the Latin-script first names of LOCALES and the Faker version."""
    import faker  # imported here: only running the script needs Faker
    from faker import Generator

    names: set[str] = set()
    for locale in LOCALES:
        module = importlib.import_module(f"faker.providers.person.{locale}")
        provider = module.Provider(Generator())
        for attr in dir(provider):
            if not attr.startswith("first_name") and not attr.startswith("first_romanized"):
                continue
            value = getattr(provider, attr)
            if callable(value):
                continue
            for name in _strings(value):
                low = unicodedata.normalize("NFC", name.strip().lower().replace("’", "'"))
                # Only single names: "Mary Ann" or "Abd al" would add their parts alone.
                if len(low) >= 2 and _latin(low):
                    names.add(low)
    return names, faker.VERSION


def main() -> None:
    names, version = faker_names()
    names |= {unicodedata.normalize("NFC", n) for n in _words(NICKNAMES)}
    names -= EXCLUDE
    OUT.write_text("".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"wrote {len(names)} names to {OUT.name} from Faker {version}")


if __name__ == "__main__":
    main()
