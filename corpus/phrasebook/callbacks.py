"""Hold opportunity families per language: a buyer asking to be called back, shown a demo
or visited on site (generator version 6).

The issue's "never hide a buyer" names these requests (a demo, a call, a visit); the
older families said them mostly inside longer purchases, so a bare "could you call me
about it?" read as a support question. Written by hand for this project, without looking
at any evaluation set or test.
"""

from __future__ import annotations

CALLBACKS: dict[str, list[list[str]]] = {
    "en": [
        [
            "Could someone from sales ring me to talk through the {product} options?",
            "please have an adviser phone me about your {product}, I'd like to go ahead",
            "I'd like a short call with your team to see the {product} in action",
        ],
        [
            "Can a technician come over and look at the site so we can get started?",
            "would you send someone to measure up? we want the work done this spring",
            "we'd like an on-site visit before ordering, when could you come by?",
        ],
    ],
    "es": [
        [
            "¿Me puede llamar alguien de ventas para hablar del {product}?",
            "que me llame un asesor por lo del {product}, queremos seguir adelante",
            "me gustaría una llamada con vuestro equipo para ver el {product} funcionando",
        ],
        [
            "¿Puede venir un técnico a ver el local para empezar?",
            "¿nos mandáis a alguien a tomar medidas? queremos hacer la obra en primavera",
            "antes de encargarlo queremos una visita, ¿cuándo podríais pasar?",
        ],
    ],
    "it": [
        [
            "Qualcuno dell'ufficio commerciale può telefonarmi per parlare del {product}?",
            "fatemi chiamare da un consulente per il {product}, vorremmo procedere",
            "vorrei una breve chiamata con voi per vedere il {product} in funzione",
        ],
        [
            "Può passare un tecnico a vedere il locale così partiamo?",
            "ci mandate qualcuno a prendere le misure? vorremmo fare i lavori in primavera",
            "prima di ordinare vorremmo un sopralluogo, quando potreste venire?",
        ],
    ],
    "pt": [
        [
            "Alguém do comercial pode me telefonar para falar do {product}?",
            "peça para um consultor me ligar sobre o {product}, queremos avançar",
            "gostaria de uma chamada rápida com vocês para ver o {product} funcionando",
        ],
        [
            "Pode vir um técnico ver o espaço para começarmos?",
            "vocês mandam alguém tirar as medidas? queremos fazer a obra na primavera",
            "antes de encomendar queremos uma visita técnica, quando podem passar?",
        ],
    ],
    "fr": [
        [
            "Quelqu'un du service commercial peut-il me téléphoner au sujet du {product} ?",
            "merci de me faire appeler par un conseiller pour le {product}, on veut avancer",
            "j'aimerais un court appel avec votre équipe pour voir le {product} en action",
        ],
        [
            "Un technicien peut-il passer voir les lieux pour qu'on démarre ?",
            "vous pouvez envoyer quelqu'un prendre les mesures ? on veut faire les travaux au printemps",
            "avant de commander on aimerait une visite sur place, quand pourriez-vous venir ?",
        ],
    ],
    "de": [
        [
            "Kann mich jemand aus dem Vertrieb wegen {product} anrufen?",
            "bitte lassen Sie mich von einem Berater zu {product} anrufen, wir wollen loslegen",
            "ich hätte gern ein kurzes Telefonat mit Ihnen, um {product} in Aktion zu sehen",
        ],
        [
            "Kann ein Techniker vorbeischauen und sich den Standort ansehen, damit wir starten können?",
            "schicken Sie jemanden zum Ausmessen? wir wollen im Frühjahr umbauen",
            "vor der Bestellung hätten wir gern einen Termin vor Ort, wann könnten Sie kommen?",
        ],
    ],
}
