"""Hold the spam styles of social media and comment sections, and customers' praise, per language.

A business chat gets more than vendor pitches and SMS scams: people promoting their own
channel, page or music ("subscribe", "follow me", "check out my …"), bare link drops,
giveaways and easy-money posts, as under any public post. Written by hand for this
project from general knowledge of these styles, without looking at any evaluation set.

A real customer also writes with enthusiasm ("love your shop!!!"), so exclamation marks
alone must not read as spam: the info_only `PRAISE` families give the generator such
customers.
"""

from __future__ import annotations

# spam families per language: self-promotion of a channel, a page, one's own work; link
# drops; giveaways; easy money. Slot {link} as in corpus.generate.
SPAM: dict[str, list[list[str]]] = {
    "en": [
        [
            "Hey everyone, please subscribe to my channel, I upload new videos every week",
            "sub to my channel and I'll sub back!",
            "small YouTuber here, a subscribe would mean the world to me 🙏",
        ],
        [
            "follow me on Instagram @daily.vibes.jo, I follow back!",
            "check out my page and give it a follow, link in bio",
            "follow my TikTok for daily tips, thanks!!",
        ],
        [
            "I just released my first song, please give it a listen and share {link}",
            "hi, I'm an independent artist, check out my new music video {link}",
            "would love it if you visited my art page, every like helps {link}",
        ],
        [
            "watch this {link}",
            "this video is crazy {link}",
            "everyone go see this {link} 😂",
        ],
        [
            "GIVEAWAY! like, share and tag 3 friends to win a free iPhone",
            "we are giving away 500 gift cards, first come first served at {link}",
            "free followers and likes, delivered in minutes {link}",
        ],
        [
            "I make $300 a day from my phone, the secret is on my profile",
            "want to earn money online? message me INFO and I'll show you how",
            "quit my 9-5 thanks to this app, see how on my page",
        ],
        [
            "like for like, sub for sub, comment and I'll return it",
            "sub4sub anyone? comment done and I'll do yours",
            "I follow everyone who follows me, let's grow together!",
        ],
        [
            "visit my blog for more tips on saving money {link}",
            "read my latest post about healthy recipes on my website {link}",
            "new article on my site, go have a look and leave a comment",
        ],
    ],
    "es": [
        [
            "Hola a todos, suscríbanse a mi canal, subo vídeos nuevos cada semana",
            "suscríbete a mi canal y te devuelvo la suscripción!",
            "soy un youtuber pequeño, una suscripción me ayudaría muchísimo 🙏",
        ],
        [
            "sígueme en Instagram @vibras.de.lu, ¡sigo de vuelta!",
            "pásate por mi página y dale a seguir, enlace en la bio",
            "sígueme en TikTok para consejos diarios, gracias!!",
        ],
        [
            "acabo de sacar mi primera canción, escúchala y compártela {link}",
            "hola, soy artista independiente, mirad mi nuevo videoclip {link}",
            "me encantaría que visitaras mi página de arte, cada like ayuda {link}",
        ],
        [
            "mira esto {link}",
            "increíble este vídeo {link}",
            "todos a ver esto {link} 😂",
        ],
        [
            "¡SORTEO! dale like, comparte y etiqueta a 3 amigos para ganar un iPhone gratis",
            "regalamos 500 tarjetas regalo, los primeros en entrar en {link}",
            "seguidores y likes gratis, entregados en minutos {link}",
        ],
        [
            "gano 300€ al día desde el móvil, el secreto está en mi perfil",
            "¿quieres ganar dinero por internet? escríbeme INFO y te explico",
            "dejé mi trabajo gracias a esta app, mira cómo en mi página",
        ],
        [
            "like por like, sub por sub, comenta y te devuelvo",
            "¿alguien hace sub4sub? comenta y me suscribo a tu canal",
            "sigo a todos los que me siguen, ¡crezcamos juntos!",
        ],
        [
            "visita mi blog para más consejos para ahorrar {link}",
            "lee mi última entrada sobre recetas sanas en mi web {link}",
            "nuevo artículo en mi web, pasad a verlo y dejad un comentario",
        ],
    ],
    "it": [
        [
            "Ciao a tutti, iscrivetevi al mio canale, carico video nuovi ogni settimana",
            "iscriviti al mio canale e ricambio!",
            "sono un piccolo youtuber, un'iscrizione per me significa tanto 🙏",
        ],
        [
            "seguitemi su Instagram @vibes.di.giuli, ricambio il follow!",
            "passate dalla mia pagina e mettete segui, link in bio",
            "seguimi su TikTok per consigli ogni giorno, grazie!!",
        ],
        [
            "ho appena pubblicato la mia prima canzone, ascoltatela e condividete {link}",
            "ciao, sono un artista indipendente, guardate il mio nuovo video {link}",
            "mi farebbe piacere se visitaste la mia pagina d'arte, ogni like aiuta {link}",
        ],
        [
            "guardate questo {link}",
            "pazzesco, guarda questo video {link}",
            "tutti a vedere questo {link} 😂",
        ],
        [
            "GIVEAWAY! metti like, condividi e tagga 3 amici per vincere un iPhone gratis",
            "regaliamo 500 buoni regalo, i primi che entrano su {link}",
            "follower e like gratis, consegnati in pochi minuti {link}",
        ],
        [
            "guadagno 300€ al giorno dal telefono, il segreto è sul mio profilo",
            "vuoi guadagnare online? scrivimi INFO e ti spiego come",
            "ho lasciato il lavoro grazie a questa app, guarda come sulla mia pagina",
        ],
        [
            "like per like, iscrizione per iscrizione, commenta e ricambio",
            "qualcuno fa sub4sub? commenta e mi iscrivo al tuo canale",
            "seguo tutti quelli che mi seguono, cresciamo insieme!",
        ],
        [
            "visita il mio blog per altri consigli per risparmiare {link}",
            "leggi il mio ultimo articolo sulle ricette sane sul mio sito {link}",
            "nuovo articolo sul mio sito, passate a leggerlo e lasciate un commento",
        ],
    ],
    "pt": [
        [
            "Oi pessoal, se inscrevam no meu canal, posto vídeos novos toda semana",
            "se inscreve no meu canal que eu me inscrevo no seu!",
            "sou um youtuber pequeno, uma inscrição ajudaria demais 🙏",
        ],
        [
            "me segue no Instagram @vibes.da.bia, sigo de volta!",
            "dá uma olhada na minha página e segue, link na bio",
            "me segue no TikTok pra dicas todo dia, valeu!!",
        ],
        [
            "acabei de lançar minha primeira música, escuta e compartilha {link}",
            "olá, sou artista independente, vejam meu novo clipe {link}",
            "adoraria que visitassem minha página de arte, cada curtida ajuda {link}",
        ],
        [
            "olha isso {link}",
            "que loucura esse vídeo {link}",
            "todo mundo vê isso {link} 😂",
        ],
        [
            "SORTEIO! curte, compartilha e marca 3 amigos pra ganhar um iPhone grátis",
            "estamos dando 500 vales-presente, os primeiros a entrar em {link}",
            "seguidores e curtidas grátis, entregues em minutos {link}",
        ],
        [
            "ganho R$300 por dia pelo celular, o segredo tá no meu perfil",
            "quer ganhar dinheiro pela internet? me manda INFO que eu explico",
            "larguei meu emprego graças a esse app, veja como na minha página",
        ],
        [
            "like por like, inscrição por inscrição, comenta que eu retribuo",
            "alguém faz sub4sub? comenta que eu me inscrevo no seu canal",
            "sigo todo mundo que me segue, vamos crescer juntos!",
        ],
        [
            "visita meu blog pra mais dicas de economizar {link}",
            "leia meu último post sobre receitas saudáveis no meu site {link}",
            "artigo novo no meu site, passa lá pra ver e deixa um comentário",
        ],
    ],
    "fr": [
        [
            "Salut tout le monde, abonnez-vous à ma chaîne, je poste des vidéos chaque semaine",
            "abonne-toi à ma chaîne et je m'abonne à la tienne !",
            "petit youtubeur ici, un abonnement me ferait tellement plaisir 🙏",
        ],
        [
            "suivez-moi sur Instagram @vibes.de.lea, je follow en retour !",
            "passez sur ma page et abonnez-vous, lien dans la bio",
            "suis-moi sur TikTok pour des astuces tous les jours, merci !!",
        ],
        [
            "je viens de sortir ma première chanson, écoutez-la et partagez {link}",
            "salut, je suis artiste indépendant, regardez mon nouveau clip {link}",
            "j'adorerais que vous visitiez ma page d'art, chaque like compte {link}",
        ],
        [
            "regardez ça {link}",
            "incroyable cette vidéo {link}",
            "allez tous voir ça {link} 😂",
        ],
        [
            "CONCOURS ! likez, partagez et identifiez 3 amis pour gagner un iPhone gratuit",
            "on offre 500 cartes cadeaux, premiers arrivés sur {link}",
            "abonnés et likes gratuits, livrés en quelques minutes {link}",
        ],
        [
            "je gagne 300€ par jour depuis mon téléphone, le secret est sur mon profil",
            "tu veux gagner de l'argent en ligne ? écris-moi INFO et je t'explique",
            "j'ai quitté mon boulot grâce à cette appli, regarde comment sur ma page",
        ],
        [
            "like pour like, abonnement pour abonnement, commente et je rends",
            "quelqu'un fait sub4sub ? commente et je m'abonne à ta chaîne",
            "je suis tous ceux qui me suivent, grandissons ensemble !",
        ],
        [
            "visitez mon blog pour plus d'astuces pour économiser {link}",
            "lisez mon dernier article sur les recettes saines sur mon site {link}",
            "nouvel article sur mon site, allez voir et laissez un commentaire",
        ],
    ],
    "de": [
        [
            "Hallo zusammen, abonniert meinen Kanal, ich lade jede Woche neue Videos hoch",
            "abonnier meinen Kanal und ich abonniere zurück!",
            "kleiner YouTuber hier, ein Abo würde mir so viel bedeuten 🙏",
        ],
        [
            "folgt mir auf Instagram @vibes.von.lena, ich folge zurück!",
            "schaut auf meiner Seite vorbei und folgt mir, Link in der Bio",
            "folg mir auf TikTok für tägliche Tipps, danke!!",
        ],
        [
            "ich habe gerade meinen ersten Song veröffentlicht, hört rein und teilt ihn {link}",
            "hi, ich bin unabhängiger Künstler, schaut euch mein neues Musikvideo an {link}",
            "ich würde mich freuen, wenn ihr meine Kunstseite besucht, jedes Like hilft {link}",
        ],
        [
            "schaut euch das an {link}",
            "unglaublich, dieses Video {link}",
            "alle mal das hier ansehen {link} 😂",
        ],
        [
            "GEWINNSPIEL! liken, teilen und 3 Freunde markieren und ein iPhone gratis gewinnen",
            "wir verschenken 500 Gutscheine, die Ersten auf {link}",
            "gratis Follower und Likes, in wenigen Minuten geliefert {link}",
        ],
        [
            "ich verdiene 300€ am Tag mit dem Handy, das Geheimnis steht in meinem Profil",
            "willst du online Geld verdienen? schreib mir INFO und ich erkläre es dir",
            "hab meinen Job gekündigt dank dieser App, wie das geht, steht auf meiner Seite",
        ],
        [
            "Like für Like, Abo für Abo, kommentiert und ich gebe es zurück",
            "macht jemand sub4sub? kommentier und ich abonniere deinen Kanal",
            "ich folge allen, die mir folgen, lasst uns zusammen wachsen!",
        ],
        [
            "besucht meinen Blog für mehr Spartipps {link}",
            "lest meinen neuesten Beitrag über gesunde Rezepte auf meiner Website {link}",
            "neuer Artikel auf meiner Seite, schaut vorbei und hinterlasst einen Kommentar",
        ],
    ],
}

# info_only families: a customer's praise, with exclamation marks and emoji; not a lead.
PRAISE: dict[str, list[list[str]]] = {
    "en": [
        [
            "I love your shop!!! everything is so beautiful 😍",
            "you guys are the best!! keep it up",
            "just wanted to say your work is AMAZING!!!",
        ]
    ],
    "es": [
        [
            "¡¡Me encanta vuestra tienda!! todo es precioso 😍",
            "sois los mejores!! seguid así",
            "solo quería decir que vuestro trabajo es INCREÍBLE!!!",
        ]
    ],
    "it": [
        [
            "Adoro il vostro negozio!!! è tutto bellissimo 😍",
            "siete i migliori!! continuate così",
            "volevo solo dirvi che il vostro lavoro è FANTASTICO!!!",
        ]
    ],
    "pt": [
        [
            "Amo a loja de vocês!!! tudo lindo demais 😍",
            "vocês são os melhores!! continuem assim",
            "só queria dizer que o trabalho de vocês é INCRÍVEL!!!",
        ]
    ],
    "fr": [
        [
            "J'adore votre boutique !!! tout est magnifique 😍",
            "vous êtes les meilleurs !! continuez comme ça",
            "je voulais juste dire que votre travail est GÉNIAL !!!",
        ]
    ],
    "de": [
        [
            "Ich liebe euren Laden!!! alles so schön 😍",
            "ihr seid die Besten!! macht weiter so",
            "wollte nur sagen, eure Arbeit ist GENIAL!!!",
        ]
    ],
}
