"""Buyers who answer an advert: is it still there, can they come and see it, hold it for them.

Written by hand (generator version 8) from general knowledge of how people write to a
shop, a dealer or a private seller about something they saw advertised, in the six
trained languages; no evaluation record was used. Until version 8 "is it still
available?" appeared only in questions, so "¿Sigue disponible la Vespa del anuncio?
Paso mañana a verla" was filed Info Only: whether it is there is a question, but coming
to see it, to try it or to have it held is a buyer's next step. The phrasings avoid
pronouns that would have to agree with the item ("verlo" / "verla").
"""

from __future__ import annotations

# things people answer adverts about, with their article (in German only feminine and
# neuter ones, whose article is the same as subject and object)
MARKET_ITEMS: dict[str, list[str]] = {
    "en": ["the red Vespa", "the grey Mazda 3", "the oak wardrobe", "the corner sofa",
           "the two-bed flat on Park Road", "the used e-bike", "the piano"],
    "es": ["la Vespa roja", "el Mazda 3 gris", "el armario de roble", "el sofá rinconera",
           "el piso de dos habitaciones", "la bici eléctrica", "el piano"],
    "it": ["la Vespa rossa", "la Mazda 3 grigia", "l'armadio in rovere", "il divano angolare",
           "il bilocale in via Roma", "la bici elettrica", "il pianoforte"],
    "pt": ["a Vespa vermelha", "o Mazda 3 cinzento", "o roupeiro de carvalho", "o sofá de canto",
           "o T2 na Rua Direita", "a bicicleta elétrica", "o piano"],
    "fr": ["la Vespa rouge", "la Mazda 3 grise", "l'armoire en chêne", "le canapé d'angle",
           "le deux-pièces rue Victor Hugo", "le vélo électrique", "le piano"],
    "de": ["die rote Vespa", "das graue Cabrio", "die Eichenkommode", "das Ecksofa",
           "die Zweizimmerwohnung in der Parkstraße", "das gebrauchte E-Bike", "das Klavier"],
}  # fmt: skip

# intent "opportunity": families (lists of variants) per language, {item} filled in
MARKET_BUYERS: dict[str, list[list[str]]] = {
    "en": [
        [
            "Is {item} from your ad still available? I can come and see it tomorrow.",
            "still got {item}? I'd like to come and have a look this weekend",
            "Is {item} still for sale? I could come by on Saturday to see it, cash ready",
        ],
        [
            "Could I come and view {item} before buying? Saturday morning would suit me",
            "can I come in to see {item} today? if it's as described I'll take it",
            "I'd like to try {item} in person, when can I come by?",
        ],
        [
            "Can you hold {item} for me until Friday? I'll come and pick it up.",
            "please put {item} aside for me, I'll come tomorrow to pay and collect",
            "could you reserve {item}? I'll be there after work to get it",
        ],
    ],
    "es": [
        [
            "¿Sigue disponible {item} del anuncio? Puedo pasar mañana a echarle un vistazo.",
            "¿todavía tenéis {item}? me gustaría pasar a verlo en persona este finde",
            "¿Aún está a la venta {item}? Paso el sábado y, si me convence, cierro la compra",
        ],
        [
            "¿Puedo ir a ver {item} antes de comprar? El sábado por la mañana me va bien",
            "¿puedo pasar hoy a ver {item}? si está como en las fotos, lo compro",
            "Me gustaría probar {item} en persona, ¿cuándo puedo pasar?",
        ],
        [
            "¿Me podéis guardar {item} hasta el viernes? Paso a pagar y recoger.",
            "porfa, reservadme {item}, mañana voy a pagar y me lo llevo",
            "¿Me reserváis {item}? Paso al salir del trabajo",
        ],
    ],
    "it": [
        [
            "È ancora disponibile {item} dell'annuncio? Posso passare domani a darci un'occhiata.",
            "avete ancora {item}? vorrei passare a vedere questo weekend",
            "È ancora in vendita {item}? Passo sabato e, se mi convince, concludiamo",
        ],
        [
            "Posso venire a vedere {item} prima di comprare? Sabato mattina mi va bene",
            "posso passare oggi a vedere {item}? se è come in foto, compro",
            "Vorrei provare {item} di persona, quando posso passare?",
        ],
        [
            "Potete tenermi da parte {item} fino a venerdì? Passo a pagare e ritirare.",
            "mettetemi da parte {item} per favore, domani vengo a pagare",
            "Mi prenotate {item}? Passo dopo il lavoro",
        ],
    ],
    "pt": [
        [
            "Ainda está disponível {item} do anúncio? Posso passar amanhã para ver.",
            "ainda têm {item}? queria passar aí para ver este fim de semana",
            "Ainda está à venda {item}? Passo no sábado e, se gostar, fecho negócio",
        ],
        [
            "Posso ir ver {item} antes de comprar? Sábado de manhã dava-me jeito",
            "posso passar hoje para ver {item}? se estiver como nas fotos, compro",
            "Gostava de experimentar {item} pessoalmente, quando posso passar?",
        ],
        [
            "Podem guardar-me {item} até sexta? Passo para pagar e levantar.",
            "reservem-me {item} por favor, amanhã vou pagar",
            "Conseguem reservar {item} para mim? Passo aí depois do trabalho",
        ],
    ],
    "fr": [
        [
            "{item} de l'annonce est toujours disponible ? Je peux passer demain pour voir.",
            "vous avez encore {item} ? j'aimerais passer voir ce week-end",
            "{item} est toujours en vente ? Je passe samedi et, si ça me plaît, j'achète",
        ],
        [
            "Est-ce que je peux venir voir {item} avant d'acheter ? Samedi matin m'irait",
            "je peux passer aujourd'hui voir {item} ? si c'est comme sur les photos, j'achète",
            "J'aimerais essayer {item} sur place, quand puis-je passer ?",
        ],
        [
            "Pouvez-vous me mettre {item} de côté jusqu'à vendredi ? Je passe payer et récupérer.",
            "réservez-moi {item} svp, je viens demain payer",
            "Vous pouvez me garder {item} ? Je passe après le travail",
        ],
    ],
    "de": [
        [
            "Ist {item} aus der Anzeige noch zu haben? Ich kann morgen vorbeikommen und mir das ansehen.",
            "habt ihr {item} noch? würde mir das gern am Wochenende anschauen",
            "Ist {item} noch zu verkaufen? Ich komme Samstag vorbei, und wenn alles passt, kaufe ich",
        ],
        [
            "Kann ich mir {item} vor dem Kauf ansehen? Samstagvormittag würde mir passen",
            "kann ich heute vorbeikommen und mir {item} anschauen? wenn es wie auf den Fotos ist, kaufe ich",
            "Ich würde {item} gern vor Ort ausprobieren, wann kann ich vorbeikommen?",
        ],
        [
            "Können Sie mir {item} bis Freitag zurücklegen? Ich komme dann zahlen und abholen.",
            "bitte legt mir {item} zurück, ich komme morgen zahlen",
            "Könnt ihr {item} für mich reservieren? Ich komme nach der Arbeit vorbei",
        ],
    ],
}


def fill(variant: str, item: str) -> str:
    """Return `variant` with the item put in (capitalised when it starts the sentence)."""
    if variant.startswith("{item}"):
        item = item[0].upper() + item[1:]
    return variant.replace("{item}", item)
