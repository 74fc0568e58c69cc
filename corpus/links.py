"""Write the links customers share in chats that are not spam: a product page, their own site, a photo.

Before generator version 7 a link appeared only in spam, so the model learnt "a link is
spam" and filed "I want this sofa https://… can you deliver to Madrid?" Spam at 1 (issue
11: never hide a buyer). Real buyers point at the product they mean, at their current
website, at a picture of what they want or of what broke, and support customers at
their order page. Written by hand from general knowledge of such chats; the domains are
made up (or a platform's public form: pinterest.com/pin/…, imgur.com/…).

Each conversation draws its link from a random stream of its own (seeded by its index
and family), so adding links leaves every other draw of the corpus as it was.
"""

from __future__ import annotations

import random
import re
import unicodedata

# the share of each intent's chats that carry a shared link: about the same for every
# intent but spam, so that a link alone says "not spam" no more than "a lead"
LINK_SHARE = {
    "quote_request": 0.12,
    "opportunity": 0.12,
    "support": 0.12,
    "info_only": 0.12,
    "not_interested": 0.05,
}
BARE_SHARE = 0.5
# what each intent's customers link to
KINDS = {
    "quote_request": ("product", "product", "reference", "own_site"),
    "opportunity": ("product", "product", "reference", "own_site"),
    "support": ("order", "order", "photo", "product"),
    "info_only": ("product", "product", "reference", "own_site"),
    "not_interested": ("product", "reference"),
}

# the business's own shop (the chats are written to it) and its product pages
SHOPS = (
    "casaverde-muebles.es",
    "nordichome.com",
    "brightoffice.co.uk",
    "mobiliroma.it",
    "atelier-lumiere.fr",
    "hausundgarten.de",
    "lojadacasa.com.br",
    "solarpro-energy.com",
    "ourshop.example",
)
PRODUCT_PATHS = ("products", "p", "shop", "item", "catalog", "collections/all/products")
# where a customer finds a picture of what they want, or keeps a photo or a plan
REFERENCES = (
    "https://www.pinterest.com/pin/{digits}/",
    "https://www.instagram.com/p/{code}/",
    "https://www.youtube.com/watch?v={code}",
    "https://imgur.com/a/{code}",
    "https://drive.google.com/file/d/{code}/view",
    "https://www.dropbox.com/s/{code}/plan.pdf",
    "https://maps.app.goo.gl/{code}",
    "https://www.amazon.com/dp/B0{digits}",
)
PHOTOS = (
    "https://imgur.com/{code}",
    "https://i.imgur.com/{code}.jpg",
    "https://drive.google.com/file/d/{code}/view",
    "https://photos.app.goo.gl/{code}",
)
SITE_WORDS = ("studio", "design", "group", "consulting", "bakery", "dental", "legal", "hotel")
TLDS = ("com", "es", "pt", "fr", "de", "it", "co.uk", "com.br", "net", "eu")

LINES: dict[str, dict[str, tuple[str, ...]]] = {
    "product": {
        "en": ("this one: {url}", "the product page: {url}", "I mean this model {url}"),
        "es": ("este: {url}", "la ficha del producto: {url}", "me refiero a este modelo {url}"),
        "pt": ("este aqui: {url}", "a página do produto: {url}", "falo deste modelo {url}"),
        "fr": ("celui-ci : {url}", "la fiche produit : {url}", "je parle de ce modèle {url}"),
        "de": ("dieses hier: {url}", "die Produktseite: {url}", "ich meine dieses Modell {url}"),
        "it": ("questo: {url}", "la scheda del prodotto: {url}", "intendo questo modello {url}"),
    },
    "reference": {
        "en": ("something like this {url}", "here's an example: {url}", "see the picture {url}"),
        "es": ("algo así {url}", "un ejemplo: {url}", "mira la foto {url}"),
        "pt": ("algo assim {url}", "um exemplo: {url}", "veja a foto {url}"),
        "fr": ("quelque chose comme ça {url}", "un exemple : {url}", "voir la photo {url}"),
        "de": ("so etwas wie das hier {url}", "ein Beispiel: {url}", "siehe Foto {url}"),
        "it": ("qualcosa del genere {url}", "un esempio: {url}", "guarda la foto {url}"),
    },
    "own_site": {
        "en": ("our website is {url}", "our current site: {url}", "this is us: {url}"),
        "es": ("nuestra web es {url}", "nuestra página actual: {url}", "somos nosotros: {url}"),
        "pt": ("o nosso site é {url}", "o site atual: {url}", "somos nós: {url}"),
        "fr": ("notre site est {url}", "notre site actuel : {url}", "c'est nous : {url}"),
        "de": ("unsere Website ist {url}", "unsere aktuelle Seite: {url}", "das sind wir: {url}"),
        "it": ("il nostro sito è {url}", "il sito attuale: {url}", "siamo noi: {url}"),
    },
    "order": {
        "en": ("my order page: {url}", "it says this on {url}", "tracking: {url}"),
        "es": ("la página de mi pedido: {url}", "pone esto en {url}", "seguimiento: {url}"),
        "pt": ("a página do meu pedido: {url}", "aparece isto em {url}", "rastreio: {url}"),
        "fr": ("la page de ma commande : {url}", "c'est écrit sur {url}", "suivi : {url}"),
        "de": ("meine Bestellseite: {url}", "da steht es: {url}", "Sendungsverfolgung: {url}"),
        "it": ("la pagina del mio ordine: {url}", "c'è scritto su {url}", "tracking: {url}"),
    },
    "photo": {
        "en": ("photo of the damage: {url}", "here's a picture {url}", "see {url}"),
        "es": ("foto del daño: {url}", "aquí una foto {url}", "ver {url}"),
        "pt": ("foto do dano: {url}", "aqui uma foto {url}", "ver {url}"),
        "fr": ("photo du problème : {url}", "voici une photo {url}", "voir {url}"),
        "de": ("Foto vom Schaden: {url}", "hier ein Bild {url}", "siehe {url}"),
        "it": ("foto del danno: {url}", "ecco una foto {url}", "vedi {url}"),
    },
}
_CODE = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
# Spam links that look like any shop's: a scam needs no shortener to sell replica watches.
# Half of the spam links are these, so that a plain link is not spam by itself and the
# words around it decide (the other half keep the generator's shorteners and bait hosts).
SPAM_SITES = (
    "topdealsnow24.com",
    "megastore-outlet.net",
    "luxwatches-replica.com",
    "rankfast-seo.com",
    "webpromo-agency.co.uk",
    "trendyfashion-sale.com",
    "ketoslim-shop.de",
    "cheapmeds-rx.com",
    "bestsoftware-deals.fr",
    "followers4business.com",
)
SPAM_PATHS = ("offer", "sale", "promo", "join", "register", "landing/spring", "deal/today", "")


def _slug(text: str) -> str:
    """Return `text` as a URL path word: ASCII, lower case, hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "item"


def _fill(rng: random.Random, pattern: str) -> str:
    """Return `pattern` with {code} and {digits} drawn."""
    code = "".join(rng.choice(_CODE) for _ in range(rng.randint(6, 11)))
    digits = str(rng.randint(10_000_000, 99_999_999_999))
    return pattern.format(code=code, digits=digits)


def _url(rng: random.Random, kind: str, product: str, order: str, surname: str) -> str:
    """Return one made-up URL of `kind` for a chat about `product`."""
    shop = rng.choice(SHOPS)
    scheme = rng.choice(("https://", "https://www.", "www.", ""))
    if kind == "product":
        path = f"{rng.choice(PRODUCT_PATHS)}/{_slug(product)}"
        if rng.random() < 0.4:
            path += f"-{rng.randint(100, 99999)}"
        return f"{scheme or 'https://'}{shop}/{path}"
    if kind == "order":
        number = re.sub(r"\D", "", order) or str(rng.randint(10000, 999999))
        return f"https://{shop}/account/orders/{number}"
    if kind == "own_site":
        name = f"{_slug(surname)}{rng.choice(('-', ''))}{rng.choice(SITE_WORDS)}"
        return f"{scheme}{name}.{rng.choice(TLDS)}"
    return _fill(rng, rng.choice(PHOTOS if kind == "photo" else REFERENCES))


def shared_link(
    key: str, intent: str, lang: str, product: str, order: str, surname: str
) -> str | None:
    """Return a sentence sharing a link for a chat of `intent`, or None (most chats).

    `key` names the conversation (its index and family): the draw is its own, so the
    rest of the corpus does not move.
    """
    rng = random.Random(f"link:{key}")
    if rng.random() >= LINK_SHARE.get(intent, 0.0):
        return None
    kind = rng.choice(KINDS[intent])
    url = _url(rng, kind, product, order, surname)
    # Half are pasted bare, as most links are: with words of their own only, the words
    # would say "not spam" and the link itself could stay "spam" to the model.
    if rng.random() < BARE_SHARE:
        return url
    return rng.choice(LINES[kind][lang]).format(url=url)


def spam_link(key: str, drawn: str) -> str:
    """Return the link a spam chat carries: `drawn` (a shortener or a bait host) or, for
    half of them, a plain-looking shop link (its own draw)."""
    rng = random.Random(f"spam-link:{key}")
    if rng.random() < 0.5:
        return drawn
    scheme = rng.choice(("https://", "https://www.", "www.", "http://"))
    return f"{scheme}{rng.choice(SPAM_SITES)}/{rng.choice(SPAM_PATHS)}"


def insert_at(key: str, last: int) -> int:
    """Return which customer line, 0 to `last`, the shared link is added to (its own draw too)."""
    return random.Random(f"link-at:{key}").randint(0, max(0, last))
