"""Social and comment spam, and buyers who mention their own channel or page (generator v6).

Spam written into a chat widget or WhatsApp by someone promoting themselves: their
channel, page, music or art, "sub for sub", link drops, giveaways, easy money, selling
followers. In a business chat this is a pitch for the writer's own stuff, not a question
about the offer. It is short, mostly one message without contact details, and reads
nothing like a vendor's email, so the vendor and scam families do not teach it.

The buyer families here mention a channel, a page or an online shop of their own while
asking for a product and a price, so that "my channel" or "Instagram" alone is not read
as spam: what makes it spam is promoting it instead of buying.

Written by hand for this project from general knowledge of these styles; no data set
was copied, and the held-out YouTube comments were not used to write them.
"""

from __future__ import annotations

import random
import string

# Slots: {platform} {handle} {link} {thing} {n} (a round number) {money} {product} {qty}
PLATFORMS = ["YouTube", "Instagram", "TikTok", "Twitch", "SoundCloud", "Facebook", "Spotify"]

SOCIAL_SPAM: dict[str, list[list[str]]] = {
    "en": [
        [
            "check out my channel!! {link}",
            "hey guys pls check out my {platform} channel, I post {thing} every week",
            "go check my channel, new {thing} up now",
            "come visit my channel if you have a minute, thanks!",
            "take a look at my channel, just starting out",
            "check my vids out, would mean the world",
            "anyone up for checking out my channel? I do {thing}",
        ],
        [
            "please subscribe to my channel, trying to reach {n} subscribers",
            "sub to me and I sub back!! sub4sub",
            "can you subscribe to my channel? it would mean a lot 🙏",
            "help me get to {n} subs please",
            "be my first subscriber, I promise good content",
            "subscribe and I'll subscribe back, deal?",
            "give my little channel a chance and hit subscribe",
        ],
        [
            "follow me on {platform} {handle}, I follow back",
            "follow my page for more {thing} 🔥",
            "hey! follow me on {platform}, link in bio",
            "follow for follow? I always follow back",
            "add me on {platform}: {handle}",
            "pls follow us we are almost at {n} followers",
        ],
        [
            "listen to my new song, it's on {platform}",
            "I make beats, give my mixtape a listen and tell me what u think",
            "new track out now 🎵 stream it on {platform}",
            "rapper from {city} here, check out my music pls",
            "upcoming singer here, please support my music",
            "my band just dropped our first album, search us on {platform}",
            "just uploaded a cover of a song I love, hope you like it",
        ],
        [
            "{link}",
            "watch this {link}",
            "🔥🔥 {link} 🔥🔥",
            "omg look at this lol {link}",
            "check this out {link}",
        ],
        [
            "GIVEAWAY!! {money} for my subscribers",
            "free gift cards for everyone who follows me, go to my profile",
            "win a free PS5, just like and share my page",
            "giveaway on my channel this week, subscribe to enter",
            "free iPhone for my followers, all the info is on my page",
        ],
        [
            "I make {money} a day working from home, ask me how",
            "easy money online, no experience needed, message me on {platform}",
            "earn extra cash from your phone, visit my profile",
            "I quit my job and now earn {money} a week online, see how on my page",
            "get paid to test apps, I made {money} last month, it's legit",
            "make money from home like me, reply and I'll explain",
        ],
        [
            "like this comment so everyone sees my channel",
            "share my video with your friends please",
            "vote for me in the {platform} contest, link on my page",
            "thumbs up so more people see this and check my page",
            "like this if I should make more {thing}",
        ],
        [
            "I draw portraits and sell them, check my art page",
            "visit my online store for cheap sneakers",
            "I do makeup tutorials on {platform}, come watch 💄",
            "I sell handmade jewellery, have a look at my shop",
            "nobody reads this probably but small creator with a big dream here, check my channel",
        ],
        [
            "real {platform} followers and likes, {n} for only {money}",
            "get more views on your videos fast, cheap packages at {link}",
            "go viral fast, we grow your {platform} account in days",
            "I can get you {n} followers overnight, DM me",
        ],
    ],
    "es": [
        [
            "¡pasen por mi canal! {link}",
            "hola, miren mi canal de {platform}, subo {thing} cada semana",
            "vean mi nuevo video, me costó mucho hacerlo {link}",
        ],
        [
            "suscríbanse a mi canal porfa, a ver si llego a {n} suscriptores",
            "me suscribo si te suscribes, sub x sub",
            "¿te suscribes a mi canal? me ayudarías mucho 🙏",
        ],
        [
            "síganme en {platform} {handle}, sigo de vuelta",
            "sigue mi página {handle} para más {thing} 🔥",
            "sígueme en {platform}, link en la bio",
        ],
        [
            "escuchen mi nueva canción en {platform} {link}",
            "hago beats, escuchen mi mixtape y díganme qué tal",
            "rapero de {city} por aquí, apoyen mi música {link}",
        ],
        [
            "{link}",
            "miren esto {link}",
            "😂 tienes que ver esto {link}",
        ],
        [
            "¡SORTEO! regalo {money} a mis seguidores, participa aquí {link}",
            "tarjetas regalo gratis para todos los que sigan {handle}",
            "gana un iPhone gratis, solo dale like y comparte mi página",
        ],
        [
            "gano {money} al día trabajando desde casa, pregúntame cómo",
            "dinero fácil por internet sin experiencia, escríbeme por {platform}",
            "gana un dinero extra con tu móvil, mira mi perfil",
        ],
        [
            "dale like a este comentario para que vean mi canal",
            "compartan mi video con sus amigos porfa {link}",
            "vótenme en el concurso, el enlace está en mi página",
        ],
        [
            "hago retratos por encargo, mira mi página de arte {handle}",
            "visita mi tienda online, zapatillas baratas {link}",
        ],
        [
            "seguidores y likes reales para {platform}, {n} por solo {money}",
            "consigue más visitas en tus videos rápido, paquetes baratos en {link}",
        ],
    ],
    "it": [
        [
            "passate dal mio canale! {link}",
            "ciao, date un'occhiata al mio canale {platform}, carico {thing} ogni settimana",
            "guardate il mio nuovo video {link}",
        ],
        [
            "iscrivetevi al mio canale per favore, così arrivo a {n} iscritti",
            "io mi iscrivo a te e tu a me? scambio iscritti",
            "ti iscrivi al mio canale? mi aiuteresti tanto 🙏",
        ],
        [
            "seguitemi su {platform} {handle}, ricambio",
            "segui la mia pagina {handle} per altri {thing} 🔥",
            "seguimi su {platform}, link in bio",
        ],
        [
            "ascoltate la mia nuova canzone su {platform} {link}",
            "faccio basi, ascoltate il mio mixtape e ditemi che ne pensate",
            "rapper di {city} qui, supportate la mia musica {link}",
        ],
        [
            "{link}",
            "guarda qui {link}",
            "dovete vedere questo ahah {link}",
        ],
        [
            "GIVEAWAY! regalo {money} ai miei iscritti, partecipa qui {link}",
            "buoni regalo gratis per chi segue {handle}",
            "vinci un iPhone gratis, metti like e condividi la mia pagina",
        ],
        [
            "guadagno {money} al giorno lavorando da casa, chiedimi come",
            "soldi facili online senza esperienza, scrivimi su {platform}",
            "guadagna qualcosa in più dal telefono, guarda il mio profilo",
        ],
        [
            "mettete like a questo commento così vedono il mio canale",
            "condividete il mio video con gli amici {link}",
        ],
        [
            "faccio ritratti su commissione, guarda la mia pagina {handle}",
            "visita il mio negozio online, sneakers a poco {link}",
        ],
        [
            "follower e like veri per {platform}, {n} a soli {money}",
            "più visualizzazioni ai tuoi video in poco tempo, pacchetti economici su {link}",
        ],
    ],
    "pt": [
        [
            "passem no meu canal! {link}",
            "oi gente, conheçam meu canal no {platform}, posto {thing} toda semana",
            "assistam meu vídeo novo {link}",
        ],
        [
            "se inscrevam no meu canal por favor, bora chegar a {n} inscritos",
            "me inscrevo no seu se você se inscrever no meu",
            "se inscreve no meu canal? ajudaria muito 🙏",
        ],
        [
            "me sigam no {platform} {handle}, sigo de volta",
            "segue minha página {handle} pra mais {thing} 🔥",
            "me segue no {platform}, link na bio",
        ],
        [
            "ouçam minha música nova no {platform} {link}",
            "faço beats, escutem minha mixtape e digam o que acharam",
            "rapper de {city} na área, apoiem meu som {link}",
        ],
        [
            "{link}",
            "olha isso {link}",
            "kkkk vocês precisam ver isso {link}",
        ],
        [
            "SORTEIO! vou dar {money} pros meus seguidores, participe aqui {link}",
            "vale-presente grátis pra quem seguir {handle}",
            "ganhe um iPhone grátis, é só curtir e compartilhar minha página",
        ],
        [
            "ganho {money} por dia trabalhando em casa, me pergunte como",
            "dinheiro fácil na internet sem experiência, me chama no {platform}",
            "ganhe uma renda extra pelo celular, veja meu perfil",
        ],
        [
            "curte esse comentário pra todo mundo ver meu canal",
            "compartilhem meu vídeo com os amigos {link}",
        ],
        [
            "faço retratos por encomenda, veja minha página {handle}",
            "visite minha loja online, tênis barato {link}",
        ],
        [
            "compre seguidores e curtidas reais no {platform}, {n} por {money}",
            "mais visualizações nos seus vídeos rápido, pacotes baratos em {link}",
        ],
    ],
    "fr": [
        [
            "allez voir ma chaîne ! {link}",
            "salut, jetez un œil à ma chaîne {platform}, je poste des {thing} chaque semaine",
            "regardez ma nouvelle vidéo {link}",
        ],
        [
            "abonnez-vous à ma chaîne svp, objectif {n} abonnés",
            "je m'abonne à toi si tu t'abonnes à moi",
            "tu peux t'abonner à ma chaîne ? ça m'aiderait beaucoup 🙏",
        ],
        [
            "suivez-moi sur {platform} {handle}, follow en retour",
            "abonne-toi à ma page {handle} pour plus de {thing} 🔥",
            "abonne-toi à mon {platform}, lien en bio",
        ],
        [
            "écoutez mon nouveau son sur {platform} {link}",
            "je fais des prods, écoutez ma mixtape et dites-moi ce que vous en pensez",
            "rappeur de {city} ici, soutenez ma musique {link}",
        ],
        [
            "{link}",
            "regarde ça {link}",
            "mdr faut voir ça {link}",
        ],
        [
            "CONCOURS ! je fais gagner {money} à mes abonnés, participez ici {link}",
            "cartes cadeaux gratuites pour ceux qui suivent {handle}",
            "gagnez un iPhone gratuit, likez et partagez ma page",
        ],
        [
            "je gagne {money} par jour depuis chez moi, demandez-moi comment",
            "argent facile sur internet sans expérience, écrivez-moi sur {platform}",
            "un revenu en plus avec ton téléphone, regarde mon profil",
        ],
        [
            "likez ce commentaire pour que tout le monde voie ma chaîne",
            "partagez ma vidéo avec vos amis {link}",
        ],
        [
            "je dessine des portraits sur commande, va voir ma page {handle}",
            "visitez ma boutique en ligne, baskets pas chères {link}",
        ],
        [
            "achetez de vrais abonnés et likes {platform}, {n} pour {money}",
            "plus de vues sur vos vidéos rapidement, packs pas chers sur {link}",
        ],
    ],
    "de": [
        [
            "schaut mal auf meinem Kanal vorbei! {link}",
            "hey leute, checkt meinen {platform} Kanal, jede Woche neue {thing}",
            "schaut euch mein neues Video an {link}",
        ],
        [
            "bitte abonniert meinen Kanal, Ziel sind {n} Abonnenten",
            "abo gegen abo? ich abonniere zurück",
            "kannst du meinen Kanal abonnieren? würde mir sehr helfen 🙏",
        ],
        [
            "folgt mir auf {platform} {handle}, ich folge zurück",
            "folgt meiner Seite {handle} für mehr {thing} 🔥",
            "folg mir auf {platform}, Link in der Bio",
        ],
        [
            "hört euch meinen neuen Song auf {platform} an {link}",
            "ich mache Beats, hört in mein Mixtape rein und sagt mir eure Meinung",
            "Rapper aus {city} hier, supportet meine Musik {link}",
        ],
        [
            "{link}",
            "guck dir das an {link}",
            "haha das müsst ihr sehen {link}",
        ],
        [
            "GEWINNSPIEL! ich verlose {money} unter meinen Abonnenten, hier mitmachen {link}",
            "gratis Gutscheine für alle, die {handle} folgen",
            "gewinne ein kostenloses iPhone, einfach meine Seite liken und teilen",
        ],
        [
            "ich verdiene {money} am Tag von zu Hause, frag mich wie",
            "leichtes Geld online ohne Erfahrung, schreib mir auf {platform}",
            "nebenbei mit dem Handy Geld verdienen, schau auf mein Profil",
        ],
        [
            "liked diesen Kommentar damit alle meinen Kanal sehen",
            "teilt mein Video mit euren Freunden {link}",
        ],
        [
            "ich zeichne Porträts auf Bestellung, schau auf meine Seite {handle}",
            "besucht meinen Onlineshop, günstige Sneaker {link}",
        ],
        [
            "echte {platform} Follower und Likes, {n} für nur {money}",
            "mehr Aufrufe für deine Videos, günstige Pakete auf {link}",
        ],
    ],
}

# More paraphrases per family, without a link or a platform name: most comment spam has
# neither, and with them in every line the words that promote would never be learnt.
_MORE_SPAM: dict[str, list[list[str]]] = {
    "es": [
        [
            "pasen por mi canal si tienen un minuto, gracias",
            "echen un vistazo a mis videos, recién empiezo",
        ],
        [
            "ayúdenme a llegar a {n} suscriptores porfa",
            "sé mi primer suscriptor, prometo buen contenido",
        ],
        ["sígueme y te sigo, siempre devuelvo el follow", "agrégame: {handle}"],
        [
            "cantante que empieza, apoyen mi música",
            "acabo de subir un cover, ojalá les guste",
        ],
        ["chequen esto {link}"],
        [
            "sorteo esta semana en mi canal, suscríbete para participar",
            "iPhone gratis para mis seguidores, toda la info en mi perfil",
        ],
        [
            "me pagan por probar apps, gané {money} el mes pasado, es real",
            "¿quién quiere ganar dinero desde casa? escríbeme y te explico",
        ],
        ["like si les gustan mis {thing}", "dale like para que más gente vea mi página"],
        [
            "vendo bisutería hecha a mano, mira mi tienda",
            "nadie lee esto seguro, pero creador pequeño con un gran sueño, mira mi canal",
        ],
        ["te consigo {n} seguidores en una noche, escríbeme"],
    ],
    "it": [
        [
            "passate dal mio canale se avete un minuto, grazie",
            "date un'occhiata ai miei video, ho appena iniziato",
        ],
        [
            "aiutatemi ad arrivare a {n} iscritti",
            "diventa il mio primo iscritto, prometto bei contenuti",
        ],
        ["seguimi e ti seguo, ricambio sempre", "aggiungimi: {handle}"],
        [
            "cantante emergente qui, supportate la mia musica",
            "ho appena caricato una cover, spero vi piaccia",
        ],
        ["guardate qua {link}"],
        [
            "faccio un giveaway sul mio canale, iscriviti per partecipare",
            "iPhone gratis per chi mi segue, tutte le info sul mio profilo",
        ],
        [
            "mi pagano per testare app, il mese scorso ho fatto {money}, è vero",
            "si guadagna da casa come me, scrivetemi e vi spiego",
        ],
        ["like se volete altri {thing}", "mettete like così più gente vede la mia pagina"],
        [
            "vendo gioielli fatti a mano, date un'occhiata al mio shop",
            "nessuno legge, lo so, ma piccolo creator con un grande sogno, guardate il mio canale",
        ],
        ["ti porto {n} follower in una notte, scrivimi"],
    ],
    "pt": [
        [
            "passem no meu canal se tiverem um minuto, valeu",
            "deem uma olhada nos meus vídeos, tô começando agora",
        ],
        ["me ajudem a chegar a {n} inscritos", "seja meu primeiro inscrito, prometo conteúdo bom"],
        ["me segue que eu sigo de volta", "me adiciona: {handle}"],
        [
            "cantor iniciante aqui, apoiem minha música",
            "acabei de postar um cover, espero que gostem",
        ],
        ["vejam isso {link}"],
        [
            "tô fazendo sorteio no meu canal, se inscreve pra participar",
            "iPhone grátis pros meus seguidores, tá tudo no meu perfil",
        ],
        [
            "me pagam pra testar aplicativos, ganhei {money} mês passado, é sério",
            "ganhe dinheiro em casa como eu, me chama que eu explico",
        ],
        ["curte se quiser mais {thing}", "deixa o like pra mais gente ver minha página"],
        [
            "vendo bijuterias artesanais, dá uma olhada na minha loja",
            "ninguém vai ler, eu sei, mas criador pequeno com sonho grande, olha meu canal",
        ],
        ["consigo {n} seguidores pra você em uma noite, me chama"],
    ],
    "fr": [
        [
            "passez sur ma chaîne si vous avez une minute, merci",
            "jetez un œil à mes vidéos, je débute",
        ],
        [
            "aidez-moi à atteindre {n} abonnés svp",
            "sois mon premier abonné, je promets du bon contenu",
        ],
        ["follow-moi et je te follow en retour", "ajoute-moi : {handle}"],
        [
            "chanteuse débutante ici, soutenez ma musique",
            "je viens de poster une reprise, j'espère qu'elle vous plaira",
        ],
        ["regardez ça {link}"],
        [
            "je fais un concours sur ma chaîne, abonnez-vous pour participer",
            "iPhone gratuit pour mes abonnés, toutes les infos sur mon profil",
        ],
        [
            "on me paie pour tester des applis, j'ai gagné {money} le mois dernier, c'est vrai",
            "gagnez de l'argent depuis chez vous comme moi, écrivez-moi",
        ],
        ["likez si vous aimez mes {thing}", "un like pour que plus de monde voie ma page"],
        [
            "je vends des bijoux faits main, allez voir ma boutique",
            "personne ne lira ça, mais petit créateur avec un grand rêve, allez voir ma chaîne",
        ],
        ["je te ramène {n} abonnés en une nuit, écris-moi"],
    ],
    "de": [
        [
            "schaut auf meinem Kanal vorbei wenn ihr kurz Zeit habt, danke",
            "guckt euch meine Videos an, ich fange gerade erst an",
        ],
        [
            "helft mir auf {n} Abos zu kommen",
            "sei mein erster Abonnent, ich verspreche guten Content",
        ],
        ["folg mir, ich folge immer zurück", "adde mich: {handle}"],
        [
            "Nachwuchssängerin hier, bitte unterstützt meine Musik",
            "hab gerade ein Cover hochgeladen, hoffe es gefällt euch",
        ],
        ["schaut mal {link}"],
        [
            "ich mache ein Gewinnspiel auf meinem Kanal, abonnieren zum Mitmachen",
            "gratis iPhone für meine Follower, alle Infos auf meinem Profil",
        ],
        [
            "ich werde fürs Testen von Apps bezahlt, letzten Monat {money}, echt",
            "von zu Hause Geld verdienen wie ich, schreibt mir, ich erklärs",
        ],
        [
            "liken wenn euch meine {thing} gefallen",
            "daumen hoch damit mehr Leute meine Seite sehen",
        ],
        [
            "ich verkaufe handgemachten Schmuck, schau in meinen Shop",
            "liest eh keiner, aber kleiner Creator mit großem Traum hier, schaut auf meinen Kanal",
        ],
        ["ich bringe dir {n} Follower über Nacht, schreib mir"],
    ],
}
for _lang, _families in _MORE_SPAM.items():
    for _family, _more in zip(SOCIAL_SPAM[_lang], _families, strict=True):
        _family.extend(_more)

# What a creator posts, per language (filled into {thing}).
THINGS = {
    "en": ["videos", "covers", "vlogs", "gaming videos", "pranks", "beats", "tutorials"],
    "es": ["videos", "covers", "vlogs", "gameplays", "bromas", "tutoriales"],
    "it": ["video", "cover", "vlog", "gameplay", "scherzi", "tutorial"],
    "pt": ["vídeos", "covers", "vlogs", "gameplays", "pegadinhas", "tutoriais"],
    "fr": ["vidéos", "covers", "vlogs", "let's play", "tutos", "sketchs"],
    "de": ["Videos", "Covers", "Vlogs", "Let's Plays", "Tutorials", "Pranks"],
}
CITIES = {
    "en": ["Chicago", "Leeds", "Atlanta", "Manchester", "Toronto", "Houston"],
    "es": ["Medellín", "Sevilla", "Monterrey", "Valencia", "Rosario"],
    "it": ["Napoli", "Milano", "Torino", "Bari", "Palermo"],
    "pt": ["Recife", "Porto", "São Paulo", "Lisboa", "Curitiba"],
    "fr": ["Marseille", "Lyon", "Bruxelles", "Montréal", "Lille"],
    "de": ["Berlin", "Hamburg", "Wien", "Köln", "Zürich"],
}
MONEY = {
    "en": ["$300", "$500", "$1,000", "£200", "$150"],
    "es": ["300€", "500 dólares", "100€", "200 USD"],
    "it": ["300€", "500 euro", "100€", "200 euro"],
    "pt": ["R$ 300", "500 reais", "100€", "R$ 1.000"],
    "fr": ["300 €", "500 euros", "100 €", "200 €"],
    "de": ["300 €", "500 Euro", "100 €", "200 Euro"],
}
SOCIAL_LINKS = [
    "https://www.youtube.com/channel/UC{code}",
    "https://youtube.com/watch?v={code}",
    "www.instagram.com/{handle}",
    "https://www.tiktok.com/@{handle}",
    "https://soundcloud.com/{handle}/new-track",
    "http://bit.ly/{code}",
    "https://www.facebook.com/{handle}",
    "https://linktr.ee/{handle}",
]

# Buyers who mention their own channel, page or online shop while asking for a product.
SOCIAL_BUYERS: dict[str, dict[str, list[list[str]]]] = {
    "quote_request": {
        "en": [
            [
                "I run a {platform} channel and need {qty} {product} with my logo, can you quote?",
                "we sell through our {platform} page and want {qty} {product}, what's the price?",
            ],
        ],
        "es": [
            [
                "tengo un canal de {platform} y necesito {qty} {product} con mi logo, ¿precio?",
                "vendemos por nuestra página de {platform}, ¿cuánto cuestan {qty} {product}?",
            ],
        ],
        "it": [
            [
                "ho un canale {platform} e mi servono {qty} {product} con il mio logo, preventivo?",
                "vendiamo sulla nostra pagina {platform}, quanto costano {qty} {product}?",
            ],
        ],
        "pt": [
            [
                "tenho um canal no {platform} e preciso de {qty} {product} com minha logo, orçamento?",
                "vendemos pela nossa página no {platform}, quanto custam {qty} {product}?",
            ],
        ],
        "fr": [
            [
                "j'ai une chaîne {platform} et il me faut {qty} {product} avec mon logo, un devis ?",
                "on vend via notre page {platform}, combien pour {qty} {product} ?",
            ],
        ],
        "de": [
            [
                "ich habe einen {platform} Kanal und brauche {qty} {product} mit meinem Logo, Angebot?",
                "wir verkaufen über unsere {platform} Seite, was kosten {qty} {product}?",
            ],
        ],
    },
    "opportunity": {
        "en": [
            [
                "saw your post on {platform}, I'd like to order the {product}",
                "found you on {platform}! we want to buy {product} for our shop, can you call me?",
            ],
        ],
        "es": [
            [
                "vi su publicación en {platform}, quiero pedir los {product}",
                "los encontré en {platform}, queremos comprar {product} para la tienda, ¿me llaman?",
            ],
        ],
        "it": [
            [
                "ho visto il vostro post su {platform}, vorrei ordinare i {product}",
                "vi ho trovati su {platform}, vogliamo comprare {product} per il negozio, mi chiamate?",
            ],
        ],
        "pt": [
            [
                "vi o post de vocês no {platform}, quero encomendar os {product}",
                "achei vocês no {platform}, queremos comprar {product} pra loja, podem me ligar?",
            ],
        ],
        "fr": [
            [
                "j'ai vu votre post sur {platform}, je voudrais commander les {product}",
                "trouvé sur {platform} ! on veut acheter des {product} pour la boutique, rappelez-moi",
            ],
        ],
        "de": [
            [
                "habe euren Beitrag auf {platform} gesehen, ich möchte die {product} bestellen",
                "über {platform} gefunden, wir wollen {product} für den Laden kaufen, rufen Sie mich an?",
            ],
        ],
    },
}


# Buyers of the very services vendors pitch (SEO, marketing, websites, courses): asking
# for them is buying, offering them is the pitch. Added as a second buyer family.
_SERVICE_BUYERS: dict[str, dict[str, list[str]]] = {
    "quote_request": {
        "en": [
            "can you send a proposal for a marketing campaign for our new store?",
            "we need SEO and social media management for our shop, how much per month?",
            "how much do you charge for a website with an online store?",
            "what would a digital marketing course cost for {qty} of our staff?",
        ],
        "es": [
            "¿nos envían una propuesta de campaña de marketing para la nueva tienda?",
            "necesitamos SEO y gestión de redes para la tienda, ¿cuánto al mes?",
            "¿cuánto cobran por una página web con tienda online?",
            "¿cuánto costaría una formación de marketing digital para {qty} personas del equipo?",
        ],
        "it": [
            "potete mandarci una proposta per una campagna di marketing per il nuovo negozio?",
            "ci serve SEO e gestione social per il negozio, quanto al mese?",
            "quanto costa un sito web con e-commerce?",
            "quanto costerebbe una formazione di marketing digitale per {qty} persone del team?",
        ],
        "pt": [
            "podem mandar uma proposta de campanha de marketing pra loja nova?",
            "precisamos de SEO e gestão de redes sociais pra loja, quanto por mês?",
            "quanto vocês cobram por um site com loja virtual?",
            "quanto custaria um treinamento de marketing digital pra {qty} pessoas da equipe?",
        ],
        "fr": [
            "vous pouvez nous envoyer une proposition de campagne marketing pour la nouvelle boutique ?",
            "il nous faut du SEO et la gestion des réseaux pour la boutique, combien par mois ?",
            "combien pour un site web avec boutique en ligne ?",
            "combien coûterait une formation en marketing digital pour {qty} personnes de l'équipe ?",
        ],
        "de": [
            "könnt ihr uns ein Angebot für eine Marketingkampagne für den neuen Laden schicken?",
            "wir brauchen SEO und Social-Media-Betreuung für den Shop, was kostet das im Monat?",
            "was kostet bei euch eine Website mit Onlineshop?",
            "was würde eine Schulung zu digitalem Marketing für {qty} Leute aus dem Team kosten?",
        ],
    },
    "opportunity": {
        "en": [
            "we're interested in your digital signage screens for our restaurants",
            "we'd like to book your social media workshop for our team, what dates are free?",
            "we want to hire you to redo our website, can someone call me?",
        ],
        "es": [
            "nos interesan sus pantallas de cartelería digital para los restaurantes",
            "queremos reservar su taller de redes sociales para el equipo, ¿qué fechas tienen?",
            "queremos contratarlos para rehacer nuestra web, ¿me llaman?",
        ],
        "it": [
            "ci interessano i vostri schermi di digital signage per i ristoranti",
            "vorremmo prenotare il vostro workshop sui social per il team, che date avete?",
            "vogliamo affidarvi il rifacimento del sito, mi chiamate?",
        ],
        "pt": [
            "temos interesse nas telas de sinalização digital pros restaurantes",
            "queremos reservar o workshop de redes sociais pra equipe, quais datas vocês têm?",
            "queremos contratar vocês pra refazer nosso site, podem me ligar?",
        ],
        "fr": [
            "vos écrans d'affichage digital nous intéressent pour nos restaurants",
            "on voudrait réserver votre atelier réseaux sociaux pour l'équipe, quelles dates ?",
            "on veut vous confier la refonte de notre site, vous pouvez m'appeler ?",
        ],
        "de": [
            "wir interessieren uns für eure Digital-Signage-Bildschirme für unsere Restaurants",
            "wir möchten euren Social-Media-Workshop fürs Team buchen, welche Termine gibt es?",
            "wir wollen euch mit unserer neuen Website beauftragen, können Sie mich anrufen?",
        ],
    },
}
# Buyers who saw the product on the business's own page, post, video or site: "page",
# "video" and "channel" are the self-promoter's words too ("follow my page"), and
# without these a buyer's "I saw it on your page" read as spam (eighteenth session).
_SEEN_ON_YOUR_PAGE: dict[str, dict[str, list[str]]] = {
    "quote_request": {
        "en": [
            "saw {product} on your page, how much for {qty}?",
            "I watched your video about {product}, could you send me a quote for {qty}?",
            "your website lists {product}, what would {qty} cost delivered?",
        ],
        "es": [
            "vi {product} en su página, ¿cuánto por {qty}?",
            "vi su video de {product}, ¿me pasan presupuesto para {qty}?",
            "en su web salen {product}, ¿cuánto costarían {qty} con envío?",
        ],
        "it": [
            "ho visto {product} sulla vostra pagina, quanto per {qty}?",
            "ho guardato il vostro video su {product}, mi mandate un preventivo per {qty}?",
            "sul vostro sito ci sono {product}, quanto costerebbero {qty} con la consegna?",
        ],
        "pt": [
            "vi {product} na página de vocês, quanto sai {qty}?",
            "assisti o vídeo de vocês sobre {product}, me mandam um orçamento de {qty}?",
            "no site de vocês aparecem {product}, quanto custariam {qty} com entrega?",
        ],
        "fr": [
            "j'ai vu des {product} sur votre page, combien pour {qty} ?",
            "j'ai regardé votre vidéo sur les {product}, un devis pour {qty} ?",
            "votre site présente des {product}, combien coûteraient {qty} livrés ?",
        ],
        "de": [
            "habe {product} auf eurer Seite gesehen, was kosten {qty}?",
            "ich habe euer Video über {product} gesehen, ein Angebot für {qty} bitte?",
            "auf eurer Website stehen {product}, was würden {qty} mit Lieferung kosten?",
        ],
    },
    "opportunity": {
        "en": [
            "hi, I saw {product} on your page, are they still available? I'm really interested",
            "saw your latest video, I want to buy {product} like the ones in it, can I come by?",
            "found {product} on your website, I'd like to place an order this week",
        ],
        "es": [
            "hola, vi en su página que tienen {product}, ¿siguen disponibles? me interesa mucho",
            "vi su último video, quiero comprar {product} del modelo que mostraron, ¿puedo ir?",
            "encontré {product} en su web, me gustaría hacer un pedido esta semana",
        ],
        "it": [
            "ciao, ho visto sulla vostra pagina che avete {product}, ci sono ancora? mi interessa",
            "ho visto il vostro ultimo video, voglio comprare {product} del modello mostrato",
            "ho trovato {product} sul vostro sito, vorrei fare un ordine questa settimana",
        ],
        "pt": [
            "oi, vi na página de vocês que têm {product}, ainda tem? tenho muito interesse",
            "vi o último vídeo de vocês, quero comprar {product} do modelo que mostraram",
            "achei {product} no site de vocês, queria fazer um pedido essa semana",
        ],
        "fr": [
            "bonjour, j'ai vu sur votre page que vous avez des {product}, encore disponibles ?",
            "vu votre dernière vidéo, je veux acheter des {product} du modèle montré",
            "j'ai trouvé des {product} sur votre site, j'aimerais passer commande cette semaine",
        ],
        "de": [
            "hallo, ich habe auf eurer Seite {product} gesehen, gibt es die noch? sehr interessiert",
            "euer neues Video gesehen, ich will {product} von dem Modell aus dem Video kaufen",
            "{product} auf eurer Website gefunden, ich würde gern diese Woche bestellen",
        ],
    },
}
# each a further buyer family per intent and language, in this order
for _family in (_SERVICE_BUYERS, _SEEN_ON_YOUR_PAGE):
    for _intent, _langs in _family.items():
        for _lang, _lines in _langs.items():
            SOCIAL_BUYERS[_intent][_lang].append(_lines)


# Remarks about the business's own videos, posts, music or page: not a lead and not spam.
# They use the words of the spam above ("subscribe", "follow", "video", "song", "share")
# about the business, not to promote the writer, so those words alone do not read as spam.
CONTENT_REMARKS: dict[str, list[list[str]]] = {
    "en": [
        [
            "ok thanks!!",
            "haha nice, see you tomorrow then",
            "glad to hear that",
            "cool cool 👍",
        ],
        [
            "love your videos, the last one was so funny",
            "just subscribed to your channel, great tutorials!",
            "your video about the {product} helped me a lot, thanks",
        ],
        [
            "what's the song in your new ad? it's stuck in my head lol",
            "the music in your {platform} video is awesome, who is the artist?",
            "that song on your website, what's it called",
        ],
        [
            "I follow you on {platform}, love your posts 😍",
            "shared your post with my sister, she loves your stuff",
            "been following your page for years, keep it up!",
        ],
        [
            "haha your reel made my day",
            "omg the cat in your last video 😂",
            "wow this looks amazing, great job guys",
        ],
        [
            "is your {platform} page the official one?",
            "do you have a {platform} account? can't find you",
            "when is the next live video?",
        ],
    ],
    "es": [
        [
            "vale gracias!!",
            "jaja genial, nos vemos mañana",
            "qué bien, me alegro",
        ],
        [
            "me encantan sus videos, el último fue buenísimo",
            "me acabo de suscribir a su canal, ¡muy buenos tutoriales!",
            "su video sobre los {product} me ayudó mucho, gracias",
        ],
        [
            "¿cómo se llama la canción de su nuevo anuncio? no me la saco de la cabeza jaja",
            "la música de su video en {platform} es genial, ¿de quién es?",
        ],
        [
            "los sigo en {platform}, me encantan sus publicaciones 😍",
            "compartí su publicación con mi hermana, le encanta lo que hacen",
        ],
        [
            "jajaja su reel me alegró el día",
            "qué bonito todo, buen trabajo chicos",
        ],
        [
            "¿su página de {platform} es la oficial?",
            "¿tienen cuenta en {platform}? no los encuentro",
        ],
    ],
    "it": [
        [
            "ok grazie!!",
            "ahah ottimo, a domani allora",
            "che bello, mi fa piacere",
        ],
        [
            "adoro i vostri video, l'ultimo era troppo divertente",
            "mi sono appena iscritto al vostro canale, ottimi tutorial!",
            "il vostro video sui {product} mi è stato utilissimo, grazie",
        ],
        [
            "come si chiama la canzone della vostra nuova pubblicità? non me la tolgo dalla testa",
            "la musica del vostro video su {platform} è bellissima, di chi è?",
        ],
        [
            "vi seguo su {platform}, adoro i vostri post 😍",
            "ho condiviso il vostro post con mia sorella, le piace tantissimo",
        ],
        [
            "ahah il vostro reel mi ha svoltato la giornata",
            "che bello, bravi ragazzi",
        ],
        [
            "la vostra pagina {platform} è quella ufficiale?",
            "avete un profilo {platform}? non vi trovo",
        ],
    ],
    "pt": [
        [
            "ok valeu!!",
            "kkk show, até amanhã então",
            "que bom, fico feliz",
        ],
        [
            "amo os vídeos de vocês, o último foi muito engraçado",
            "acabei de me inscrever no canal de vocês, ótimos tutoriais!",
            "o vídeo de vocês sobre os {product} me ajudou muito, obrigada",
        ],
        [
            "qual é a música do comercial novo de vocês? não sai da minha cabeça kkk",
            "a música do vídeo de vocês no {platform} é demais, de quem é?",
        ],
        [
            "sigo vocês no {platform}, amo os posts 😍",
            "compartilhei o post de vocês com minha irmã, ela adora",
        ],
        [
            "kkkk o reel de vocês fez meu dia",
            "que lindo tudo, parabéns pessoal",
        ],
        [
            "a página de vocês no {platform} é a oficial?",
            "vocês têm {platform}? não estou achando",
        ],
    ],
    "fr": [
        [
            "ok merci !!",
            "haha top, à demain alors",
            "super, content de l'entendre",
        ],
        [
            "j'adore vos vidéos, la dernière était trop drôle",
            "je viens de m'abonner à votre chaîne, super tutos !",
            "votre vidéo sur les {product} m'a beaucoup aidé, merci",
        ],
        [
            "c'est quoi la chanson de votre nouvelle pub ? je l'ai en tête mdr",
            "la musique de votre vidéo {platform} est géniale, c'est de qui ?",
        ],
        [
            "je vous suis sur {platform}, j'adore vos posts 😍",
            "j'ai partagé votre post avec ma sœur, elle adore",
        ],
        [
            "haha votre reel m'a fait ma journée",
            "trop beau, bravo l'équipe",
        ],
        [
            "votre page {platform} c'est la page officielle ?",
            "vous avez un compte {platform} ? je ne vous trouve pas",
        ],
    ],
    "de": [
        [
            "ok danke!!",
            "haha cool, bis morgen dann",
            "schön, freut mich",
        ],
        [
            "ich liebe eure Videos, das letzte war so lustig",
            "hab gerade euren Kanal abonniert, super Tutorials!",
            "euer Video über die {product} hat mir sehr geholfen, danke",
        ],
        [
            "wie heißt der Song in eurer neuen Werbung? hab ihn dauernd im Kopf",
            "die Musik in eurem {platform} Video ist super, von wem ist die?",
        ],
        [
            "ich folge euch auf {platform}, liebe eure Posts 😍",
            "hab euren Beitrag mit meiner Schwester geteilt, sie findet euch toll",
        ],
        [
            "haha euer Reel hat meinen Tag gerettet",
            "sieht super aus, tolle Arbeit",
        ],
        [
            "ist eure {platform} Seite die offizielle?",
            "habt ihr {platform}? ich finde euch nicht",
        ],
    ],
}


def handle(rng: random.Random) -> str:
    """Return a made-up social media handle (random syllables, a number sometimes)."""
    syllables = ["ka", "lo", "mi", "ra", "zen", "tor", "vi", "bo", "nix", "lu", "dre", "sa"]
    name = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3)))
    sep = rng.choice(["", "_", ".", ""])
    tail = rng.choice(["", "", str(rng.randint(1, 99)), rng.choice(["tv", "music", "official"])])
    return f"{name}{sep}{tail}" if tail else name


def social_slots(rng: random.Random, lang: str) -> dict[str, str]:
    """Return the slot values of one social spam message."""
    h = handle(rng)
    code = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(11))
    return {
        "platform": rng.choice(PLATFORMS),
        "handle": "@" + h if rng.random() < 0.7 else h,
        "link": rng.choice(SOCIAL_LINKS).format(code=code, handle=h),
        "thing": rng.choice(THINGS[lang]),
        "n": str(rng.choice([100, 500, 1000, 5000, 10000, 1000000])),
        "money": rng.choice(MONEY[lang]),
        "city": rng.choice(CITIES[lang]),
    }
