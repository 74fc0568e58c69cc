"""Generate the labelled training corpus: synthetic multilingual sales chats, reproducibly.

Every conversation is built from a *template family* (one way of phrasing one intent in
one language, with its paraphrases) plus shared parts (greetings, contact details, stated
quantity / budget / deadline, agent turns, follow-ups) and surface noise (typos, emoji,
casing). Splits are assigned per family, never per row, so the test split measures
wording the model has not seen. See model/DATA_CARD.md.
"""

from __future__ import annotations

import json
import math
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import phonenumbers

from corpus import marketplace, phrasebook, social
from corpus.links import insert_at, shared_link, spam_link
from model.datasets import INTENTS, Example, write_corpus

LANGUAGES = ("en", "es", "it", "pt", "fr", "de")
DEFAULT_SEED = 20261128
DEFAULT_SIZE = 12000
GENERATOR_VERSION = "8"  # 6 was the social block, never merged; 8: buyers answering adverts


# ---------------------------------------------------------------- template families
# FAMILIES[intent][lang] is a list of families; each family is a list of paraphrases.
# Slots: {product} {qty} {order} {link} {company} {money} {phone_spam}.
FAMILIES: dict[str, dict[str, list[list[str]]]] = {
    "quote_request": {
        "en": [
            [
                "Could you send me a quote for {qty} {product}?",
                "can you please send a quote for {qty} {product}",
            ],
            [
                "How much would {qty} {product} cost?",
                "how much do {qty} {product} cost in total?",
                "what would {qty} {product} cost us",
            ],
            [
                "I need pricing for {qty} {product}",
                "Need a price list for {product}, around {qty} units",
                "need prices on {product} pls",
            ],
            [
                "Can I get an estimate for {product}? We need {qty}",
                "could you give me an estimate for {qty} {product}",
            ],
            [
                "What's your best price for {qty} {product}?",
                "best price for {qty} {product}? wholesale if possible",
            ],
            [
                "Please quote {qty} {product} delivered to our warehouse",
                "Requesting a formal quotation for {qty} {product}",
            ],
        ],
        "es": [
            [
                "¿Me pueden enviar un presupuesto para {qty} {product}?",
                "necesito presupuesto para {qty} {product}",
            ],
            [
                "¿Cuánto costarían {qty} {product}?",
                "cuanto me sale {qty} {product}?",
                "¿cuánto cuestan {qty} {product}?",
            ],
            [
                "Quisiera una cotización de {product}, unas {qty} unidades",
                "me pasan cotización para {qty} {product}",
            ],
            ["¿Qué precio tienen {qty} {product}?", "precio por {qty} {product} por favor"],
            [
                "Solicito oferta formal para {qty} {product}",
                "nos podrían hacer una oferta por {qty} {product}",
            ],
        ],
        "it": [
            [
                "Potete mandarmi un preventivo per {qty} {product}?",
                "vorrei un preventivo per {qty} {product}",
            ],
            [
                "Quanto costerebbero {qty} {product}?",
                "quanto costano {qty} {product}?",
                "quanto mi verrebbe {qty} {product}",
            ],
            [
                "Mi servirebbe il prezzo per {qty} {product}",
                "avete un listino prezzi per {product}? ne servono {qty}",
            ],
            ["Richiedo un'offerta per {qty} {product}", "mi fate un'offerta per {qty} {product}?"],
            [
                "Qual è il vostro miglior prezzo per {qty} {product}?",
                "prezzo migliore per {qty} {product}?",
            ],
        ],
        "pt": [
            [
                "Podem me enviar um orçamento para {qty} {product}?",
                "gostaria de um orçamento de {qty} {product}",
            ],
            [
                "Quanto custariam {qty} {product}?",
                "quanto fica {qty} {product}?",
                "qual o valor de {qty} {product}",
            ],
            [
                "Preciso de uma cotação para {qty} {product}",
                "me passa a cotação de {product}, umas {qty} unidades",
            ],
            ["Qual é o melhor preço para {qty} {product}?", "melhor preço pra {qty} {product}?"],
            [
                "Solicito proposta comercial para {qty} {product}",
                "podem fazer uma proposta para {qty} {product}?",
            ],
        ],
        "fr": [
            [
                "Pouvez-vous m'envoyer un devis pour {qty} {product} ?",
                "je voudrais un devis pour {qty} {product}",
            ],
            [
                "Combien coûteraient {qty} {product} ?",
                "combien pour {qty} {product} ?",
                "ça coûte combien {qty} {product}",
            ],
            [
                "J'ai besoin d'un tarif pour {qty} {product}",
                "vous avez une grille tarifaire pour {product} ? il nous en faut {qty}",
            ],
            [
                "Quel est votre meilleur prix pour {qty} {product} ?",
                "meilleur prix pour {qty} {product} svp",
            ],
            [
                "Merci de nous faire une offre pour {qty} {product}",
                "nous souhaitons une proposition chiffrée pour {qty} {product}",
            ],
        ],
        "de": [
            [
                "Können Sie mir ein Angebot für {qty} {product} schicken?",
                "ich hätte gern ein Angebot für {qty} {product}",
            ],
            [
                "Was würden {qty} {product} kosten?",
                "was kosten {qty} {product}?",
                "wie teuer wären {qty} {product}",
            ],
            [
                "Ich brauche einen Kostenvoranschlag für {qty} {product}",
                "bitte um Kostenvoranschlag für {product}, ca. {qty} Stück",
            ],
            ["Was ist Ihr bester Preis für {qty} {product}?", "bester Preis für {qty} {product}?"],
            [
                "Bitte um ein Preisangebot für {qty} {product}",
                "haben Sie eine Preisliste für {product}? wir brauchen {qty}",
            ],
        ],
    },
    "opportunity": {
        "en": [
            [
                "We're opening a new office and need {product} for the whole team",
                "we are moving to a new site and will need {product} for everyone",
            ],
            [
                "I'd like to book a demo for our company",
                "can we schedule a demo with your sales team?",
            ],
            [
                "We're interested in becoming a distributor of your {product}",
                "is it possible to resell your {product} in our region?",
            ],
            [
                "Can someone from sales call me? We're looking at {product} for next year",
                "please have a sales rep contact me about {product}",
            ],
            [
                "We are evaluating suppliers for {product} and your company came up",
                "we're comparing vendors for {product} this quarter",
            ],
            [
                "I'm very interested in your {product}, what are the next steps to buy?",
                "interested in buying {product} for our business, how do we proceed?",
                "I'm interested in {product} for our team, can someone walk me through it?",
            ],
        ],
        "es": [
            [
                "Estamos abriendo una nueva oficina y necesitamos {product} para todo el equipo",
                "nos mudamos y vamos a necesitar {product} para todos",
            ],
            [
                "Me gustaría agendar una demo para nuestra empresa",
                "¿podemos tener una reunión con su equipo comercial?",
            ],
            [
                "Nos interesa ser distribuidores de sus {product}",
                "¿es posible revender sus {product} en nuestra zona?",
            ],
            [
                "¿Me puede llamar alguien de ventas? Estamos valorando {product} para el próximo año",
                "que me contacte un comercial por lo de {product}",
            ],
            [
                "Estoy muy interesado en sus {product}, ¿cómo seguimos para comprar?",
                "queremos comprar {product} para el negocio, ¿cuáles son los pasos?",
                "me interesa comprar {product} para la empresa, ¿cómo lo hacemos?",
            ],
        ],
        "it": [
            [
                "Stiamo aprendo un nuovo ufficio e ci servono {product} per tutto il team",
                "ci trasferiamo e avremo bisogno di {product} per tutti",
            ],
            [
                "Vorrei prenotare una demo per la nostra azienda",
                "possiamo fissare un incontro con il vostro commerciale?",
            ],
            [
                "Siamo interessati a diventare rivenditori dei vostri {product}",
                "è possibile distribuire i vostri {product} nella nostra regione?",
            ],
            [
                "Mi può richiamare qualcuno dell'ufficio vendite? Valutiamo {product} per l'anno prossimo",
                "vorrei essere contattato da un commerciale per i {product}",
            ],
            [
                "Sono molto interessato ai vostri {product}, come si procede per l'acquisto?",
                "vogliamo acquistare {product} per l'attività, quali sono i passi?",
                "mi interessa acquistare {product} per l'azienda, come facciamo?",
            ],
        ],
        "pt": [
            [
                "Estamos abrindo um novo escritório e precisamos de {product} para toda a equipe",
                "vamos mudar de sede e vamos precisar de {product} para todos",
            ],
            [
                "Gostaria de agendar uma demonstração para a nossa empresa",
                "podemos marcar uma reunião com o comercial de vocês?",
            ],
            [
                "Temos interesse em ser revendedores dos seus {product}",
                "é possível distribuir os {product} de vocês na nossa região?",
            ],
            [
                "Alguém de vendas pode me ligar? Estamos avaliando {product} para o próximo ano",
                "quero que um vendedor me contate sobre {product}",
            ],
            [
                "Tenho muito interesse nos seus {product}, como faço para comprar?",
                "queremos comprar {product} para a empresa, quais os próximos passos?",
                "tenho interesse em comprar {product} para a empresa, como fazemos?",
            ],
        ],
        "fr": [
            [
                "Nous ouvrons un nouveau bureau et il nous faut des {product} pour toute l'équipe",
                "on déménage et on aura besoin de {product} pour tout le monde",
            ],
            [
                "J'aimerais réserver une démo pour notre entreprise",
                "pouvons-nous organiser un rendez-vous avec votre commercial ?",
            ],
            [
                "Nous aimerions devenir distributeur de vos {product}",
                "est-il possible de revendre vos {product} dans notre région ?",
            ],
            [
                "Quelqu'un du service commercial peut-il m'appeler ? On étudie des {product} pour l'an prochain",
                "merci de demander à un commercial de me contacter pour les {product}",
            ],
            [
                "Je suis très intéressé par vos {product}, comment passer commande ?",
                "nous voulons acheter des {product} pour la société, quelles sont les étapes ?",
                "ça m'intéresse d'acheter des {product} pour la société, comment faire ?",
            ],
        ],
        "de": [
            [
                "Wir eröffnen ein neues Büro und brauchen {product} für das ganze Team",
                "wir ziehen um und benötigen {product} für alle Mitarbeiter",
            ],
            [
                "Ich würde gern eine Demo für unsere Firma buchen",
                "können wir einen Termin mit Ihrem Vertrieb vereinbaren?",
            ],
            [
                "Wir möchten Vertriebspartner für Ihre {product} werden",
                "ist es möglich, Ihre {product} in unserer Region zu vertreiben?",
            ],
            [
                "Kann mich jemand aus dem Vertrieb anrufen? Wir planen {product} für nächstes Jahr",
                "bitte lassen Sie mich von einem Vertriebler wegen {product} kontaktieren",
            ],
            [
                "Ich interessiere mich sehr für Ihre {product}, wie geht es weiter mit dem Kauf?",
                "wir wollen {product} für unser Unternehmen kaufen, was sind die nächsten Schritte?",
                "ich habe Interesse an {product} für unsere Firma, wie gehen wir vor?",
            ],
        ],
    },
    "info_only": {
        "en": [
            [
                "What are your opening hours?",
                "what time do you open on saturdays?",
                "are you open on sundays",
            ],
            ["Do you ship to {country}?", "do you deliver to {country}? just wondering"],
            ["Where is your store located?", "what's the address of your shop?"],
            ["What are your {product} made of?", "are your {product} available in other colours?"],
            ["Do you have a catalogue I can look at?", "where can I see your full product range?"],
            [
                "Just browsing, is there a warranty on {product}?",
                "how long is the warranty on {product}?",
            ],
        ],
        "es": [
            [
                "¿Cuál es su horario de atención?",
                "¿a qué hora abren los sábados?",
                "¿abren los domingos?",
            ],
            ["¿Hacen envíos a {country}?", "¿envían a {country}? solo por saber"],
            ["¿Dónde está su tienda?", "¿cuál es la dirección del local?"],
            ["¿De qué material son sus {product}?", "¿los {product} vienen en otros colores?"],
            ["¿Tienen catálogo para mirar?", "¿dónde puedo ver todos sus productos?"],
        ],
        "it": [
            [
                "Quali sono i vostri orari di apertura?",
                "a che ora aprite il sabato?",
                "siete aperti la domenica?",
            ],
            ["Spedite in {country}?", "fate consegne in {country}? solo per curiosità"],
            ["Dove si trova il vostro negozio?", "qual è l'indirizzo del punto vendita?"],
            [
                "Di che materiale sono i vostri {product}?",
                "i {product} sono disponibili in altri colori?",
            ],
            ["Avete un catalogo da consultare?", "dove posso vedere tutta la gamma?"],
        ],
        "pt": [
            [
                "Qual é o horário de funcionamento?",
                "que horas vocês abrem no sábado?",
                "abrem aos domingos?",
            ],
            ["Vocês entregam em {country}?", "fazem envio para {country}? só curiosidade"],
            ["Onde fica a loja de vocês?", "qual o endereço da loja?"],
            ["De que material são os seus {product}?", "os {product} vêm em outras cores?"],
            ["Vocês têm catálogo para eu dar uma olhada?", "onde vejo todos os produtos?"],
        ],
        "fr": [
            [
                "Quels sont vos horaires d'ouverture ?",
                "vous ouvrez à quelle heure le samedi ?",
                "vous êtes ouverts le dimanche ?",
            ],
            ["Livrez-vous en {country} ?", "vous expédiez en {country} ? juste pour savoir"],
            ["Où se trouve votre magasin ?", "quelle est l'adresse de la boutique ?"],
            [
                "En quelle matière sont vos {product} ?",
                "les {product} existent dans d'autres couleurs ?",
            ],
            ["Avez-vous un catalogue à consulter ?", "où puis-je voir toute votre gamme ?"],
        ],
        "de": [
            [
                "Wie sind Ihre Öffnungszeiten?",
                "wann öffnen Sie am Samstag?",
                "haben Sie sonntags geöffnet?",
            ],
            ["Liefern Sie nach {country}?", "versenden Sie auch nach {country}? nur aus Interesse"],
            ["Wo ist Ihr Geschäft?", "wie lautet die Adresse vom Laden?"],
            [
                "Aus welchem Material sind Ihre {product}?",
                "gibt es die {product} auch in anderen Farben?",
            ],
            ["Haben Sie einen Katalog zum Anschauen?", "wo sehe ich Ihr ganzes Sortiment?"],
        ],
    },
    "support": {
        "en": [
            [
                "My order {order} hasn't arrived yet",
                "where is my order {order}? it's been two weeks",
            ],
            ["The {product} I received is damaged", "the {product} arrived broken, order {order}"],
            ["I can't log into my account", "password reset isn't working on my account"],
            ["How do I return an item? order {order}", "I want a refund for order {order}"],
            [
                "I was charged twice for order {order}",
                "there's a double charge on my card for {order}",
            ],
            [
                "The tracking for {order} hasn't updated in days",
                "my package {order} is stuck in transit",
            ],
        ],
        "es": [
            [
                "Mi pedido {order} todavía no ha llegado",
                "¿dónde está mi pedido {order}? ya van dos semanas",
            ],
            [
                "Los {product} que recibí vienen dañados",
                "me llegaron rotos los {product}, pedido {order}",
            ],
            ["No puedo entrar a mi cuenta", "no me funciona el cambio de contraseña"],
            [
                "¿Cómo devuelvo un artículo? pedido {order}",
                "quiero el reembolso del pedido {order}",
            ],
            [
                "Me cobraron dos veces el pedido {order}",
                "tengo un cargo duplicado en la tarjeta por {order}",
            ],
        ],
        "it": [
            [
                "Il mio ordine {order} non è ancora arrivato",
                "dov'è il mio ordine {order}? sono passate due settimane",
            ],
            [
                "I {product} che ho ricevuto sono danneggiati",
                "i {product} sono arrivati rotti, ordine {order}",
            ],
            ["Non riesco ad accedere al mio account", "il reset della password non funziona"],
            ["Come faccio un reso? ordine {order}", "vorrei il rimborso per l'ordine {order}"],
            [
                "Mi avete addebitato due volte l'ordine {order}",
                "addebito doppio sulla carta per {order}",
            ],
        ],
        "pt": [
            ["Meu pedido {order} ainda não chegou", "cadê meu pedido {order}? já faz duas semanas"],
            [
                "Os {product} que recebi vieram danificados",
                "os {product} chegaram quebrados, pedido {order}",
            ],
            ["Não consigo entrar na minha conta", "a recuperação de senha não funciona"],
            [
                "Como faço para devolver um item? pedido {order}",
                "quero o reembolso do pedido {order}",
            ],
            [
                "Fui cobrado duas vezes pelo pedido {order}",
                "cobrança duplicada no cartão pelo {order}",
            ],
        ],
        "fr": [
            [
                "Ma commande {order} n'est toujours pas arrivée",
                "où en est ma commande {order} ? ça fait deux semaines",
            ],
            [
                "Les {product} reçus sont abîmés",
                "les {product} sont arrivés cassés, commande {order}",
            ],
            [
                "Je n'arrive pas à me connecter à mon compte",
                "la réinitialisation du mot de passe ne marche pas",
            ],
            [
                "Comment retourner un article ? commande {order}",
                "je voudrais un remboursement pour la commande {order}",
            ],
            [
                "J'ai été débité deux fois pour la commande {order}",
                "double prélèvement sur ma carte pour {order}",
            ],
        ],
        "de": [
            [
                "Meine Bestellung {order} ist noch nicht angekommen",
                "wo bleibt meine Bestellung {order}? schon zwei Wochen",
            ],
            [
                "Die gelieferten {product} sind beschädigt",
                "die {product} kamen kaputt an, Bestellung {order}",
            ],
            [
                "Ich kann mich nicht in mein Konto einloggen",
                "das Zurücksetzen vom Passwort funktioniert nicht",
            ],
            [
                "Wie kann ich etwas zurückschicken? Bestellung {order}",
                "ich möchte eine Rückerstattung für {order}",
            ],
            [
                "Mir wurde die Bestellung {order} doppelt abgebucht",
                "doppelte Abbuchung auf meiner Karte für {order}",
            ],
        ],
    },
    "not_interested": {
        "en": [
            ["No thanks, I'm not interested", "not interested, thanks anyway"],
            ["Please stop contacting me", "remove me from your list please", "stop messaging me"],
            ["We already went with another supplier", "we chose a different vendor, sorry"],
            ["Too expensive for us, we'll pass", "that's way over our budget, no thanks"],
            [
                "Just browsing, I don't need anything",
                "I don't need this anymore, cancel my request",
            ],
        ],
        "es": [
            ["No gracias, no me interesa", "no estoy interesado, gracias igual"],
            ["Por favor dejen de escribirme", "quítenme de su lista por favor"],
            ["Ya elegimos otro proveedor", "nos quedamos con otra empresa, disculpe"],
            [
                "Es demasiado caro para nosotros, lo dejamos",
                "se sale de nuestro presupuesto, no gracias",
            ],
            ["Ya no lo necesito, cancelen mi solicitud", "solo estaba mirando, no necesito nada"],
        ],
        "it": [
            ["No grazie, non mi interessa", "non sono interessato, grazie lo stesso"],
            ["Per favore smettete di contattarmi", "toglietemi dalla vostra lista per favore"],
            ["Abbiamo già scelto un altro fornitore", "siamo andati con un'altra azienda, scusate"],
            ["Troppo caro per noi, lasciamo perdere", "è fuori dal nostro budget, no grazie"],
            [
                "Non mi serve più, annullate la richiesta",
                "stavo solo guardando, non mi serve niente",
            ],
        ],
        "pt": [
            ["Não obrigado, não tenho interesse", "não estou interessado, obrigado mesmo assim"],
            ["Por favor parem de me mandar mensagem", "me tirem da lista de vocês por favor"],
            ["Já escolhemos outro fornecedor", "fechamos com outra empresa, desculpa"],
            ["Muito caro pra gente, vamos passar", "fora do nosso orçamento, não obrigado"],
            [
                "Não preciso mais, cancelem meu pedido de contato",
                "só estava olhando, não preciso de nada",
            ],
        ],
        "fr": [
            ["Non merci, ça ne m'intéresse pas", "pas intéressé, merci quand même"],
            ["Merci d'arrêter de me contacter", "retirez-moi de votre liste svp"],
            [
                "Nous avons déjà choisi un autre fournisseur",
                "on est partis avec une autre société, désolé",
            ],
            ["Trop cher pour nous, on passe", "c'est bien au-dessus de notre budget, non merci"],
            [
                "Je n'en ai plus besoin, annulez ma demande",
                "je regardais juste, je n'ai besoin de rien",
            ],
        ],
        "de": [
            ["Nein danke, kein Interesse", "ich bin nicht interessiert, trotzdem danke"],
            ["Bitte kontaktieren Sie mich nicht mehr", "nehmen Sie mich bitte von Ihrer Liste"],
            [
                "Wir haben uns schon für einen anderen Anbieter entschieden",
                "wir sind zu einer anderen Firma gegangen, sorry",
            ],
            ["Zu teuer für uns, wir verzichten", "das liegt weit über unserem Budget, nein danke"],
            [
                "Brauche ich nicht mehr, bitte Anfrage stornieren",
                "ich habe nur geschaut, ich brauche nichts",
            ],
        ],
    },
    "spam": {
        "en": [
            [
                "We offer SEO services to get your website on the first page of Google",
                "boost your Google ranking with our affordable SEO packages",
            ],
            [
                "Congratulations! You have won a $1000 gift card, claim it here {link}",
                "you've been selected for a FREE iPhone, click {link} to claim",
            ],
            [
                "FREE entry in a weekly competition to win cash! Text WIN to {shortcode} now",
                "URGENT! Your mobile number has won a £2000 prize. Call {phone_spam} to claim",
            ],
            [
                "Invest in crypto today and double your money in 7 days, guaranteed returns",
                "earn $500 a day from home with bitcoin trading, DM me",
            ],
            [
                "Hi, I'm from {company}, we build websites and apps at low cost, can we talk?",
                "we provide lead generation and cold email campaigns for businesses like yours",
            ],
            [
                "Your account has been suspended, verify your details at {link}",
                "final notice: your package is on hold, pay the customs fee at {link}",
            ],
        ],
        "es": [
            [
                "Ofrecemos servicios SEO para posicionar su web en la primera página de Google",
                "mejore su posicionamiento con nuestros paquetes SEO económicos",
            ],
            [
                "¡Felicidades! Ha ganado una tarjeta regalo de 1000€, reclámela aquí {link}",
                "ha sido seleccionado para un iPhone GRATIS, entre en {link}",
            ],
            [
                "Invierta en cripto hoy y duplique su dinero en 7 días, ganancias garantizadas",
                "gane 500€ al día desde casa con bitcoin",
            ],
            [
                "Hola, soy de {company}, hacemos páginas web y apps a bajo costo, ¿hablamos?",
                "ofrecemos generación de leads y campañas de email para empresas como la suya",
            ],
            [
                "Su cuenta ha sido suspendida, verifique sus datos en {link}",
                "aviso final: su paquete está retenido, pague la tasa en {link}",
            ],
        ],
        "it": [
            [
                "Offriamo servizi SEO per portare il vostro sito in prima pagina su Google",
                "migliora il posizionamento con i nostri pacchetti SEO economici",
            ],
            [
                "Congratulazioni! Hai vinto un buono da 1000€, richiedilo qui {link}",
                "sei stato selezionato per un iPhone GRATIS, clicca {link}",
            ],
            [
                "Investi in cripto oggi e raddoppia i tuoi soldi in 7 giorni, guadagni garantiti",
                "guadagna 500€ al giorno da casa con il trading di bitcoin",
            ],
            [
                "Salve, sono di {company}, realizziamo siti web e app a basso costo, possiamo parlarne?",
                "offriamo lead generation e campagne email per aziende come la vostra",
            ],
            [
                "Il tuo account è stato sospeso, verifica i tuoi dati su {link}",
                "ultimo avviso: il pacco è in giacenza, paga la dogana su {link}",
            ],
        ],
        "pt": [
            [
                "Oferecemos serviços de SEO para colocar seu site na primeira página do Google",
                "melhore seu ranking com nossos pacotes de SEO baratos",
            ],
            [
                "Parabéns! Você ganhou um vale-presente de R$1000, resgate aqui {link}",
                "você foi selecionado para ganhar um iPhone GRÁTIS, acesse {link}",
            ],
            [
                "Invista em cripto hoje e dobre seu dinheiro em 7 dias, lucro garantido",
                "ganhe R$500 por dia em casa com bitcoin",
            ],
            [
                "Olá, sou da {company}, fazemos sites e aplicativos a baixo custo, podemos conversar?",
                "oferecemos geração de leads e campanhas de e-mail para empresas como a sua",
            ],
            [
                "Sua conta foi suspensa, confirme seus dados em {link}",
                "último aviso: sua encomenda está retida, pague a taxa em {link}",
            ],
        ],
        "fr": [
            [
                "Nous proposons des services SEO pour placer votre site en première page de Google",
                "boostez votre référencement avec nos offres SEO pas chères",
            ],
            [
                "Félicitations ! Vous avez gagné une carte cadeau de 1000€, réclamez-la ici {link}",
                "vous avez été sélectionné pour un iPhone GRATUIT, cliquez sur {link}",
            ],
            [
                "Investissez en crypto aujourd'hui et doublez votre argent en 7 jours, gains garantis",
                "gagnez 500€ par jour depuis chez vous avec le bitcoin",
            ],
            [
                "Bonjour, je suis de {company}, nous créons des sites web et des applis à petit prix, on en parle ?",
                "nous proposons de la génération de leads et des campagnes d'emailing pour les entreprises comme la vôtre",
            ],
            [
                "Votre compte a été suspendu, vérifiez vos informations sur {link}",
                "dernier avis : votre colis est bloqué, payez les frais de douane sur {link}",
            ],
        ],
        "de": [
            [
                "Wir bieten SEO-Dienstleistungen, damit Ihre Website auf Seite eins bei Google landet",
                "verbessern Sie Ihr Ranking mit unseren günstigen SEO-Paketen",
            ],
            [
                "Glückwunsch! Sie haben einen 1000€ Gutschein gewonnen, hier einlösen {link}",
                "Sie wurden für ein GRATIS iPhone ausgewählt, klicken Sie auf {link}",
            ],
            [
                "Investieren Sie heute in Krypto und verdoppeln Sie Ihr Geld in 7 Tagen, garantierte Rendite",
                "verdienen Sie 500€ am Tag von zu Hause mit Bitcoin",
            ],
            [
                "Hallo, ich bin von {company}, wir erstellen günstig Websites und Apps, können wir sprechen?",
                "wir bieten Leadgenerierung und E-Mail-Kampagnen für Unternehmen wie Ihres",
            ],
            [
                "Ihr Konto wurde gesperrt, bestätigen Sie Ihre Daten unter {link}",
                "letzte Mahnung: Ihr Paket wird zurückgehalten, zahlen Sie die Zollgebühr unter {link}",
            ],
        ],
    },
}

# The phrasebook adds many more families per intent and language, from many domains;
# they come after the families above so those keep their ids.
for _lang in LANGUAGES:
    for _intent, _families in phrasebook.families(_lang).items():
        FAMILIES[_intent][_lang].extend(_families)

# More families, each restating a concept above in other words, so that a concept whose
# family lands in the test split is still known to training through a different wording.
EXTRA_FAMILIES: dict[str, dict[str, list[list[str]]]] = {
    "spam": {
        "en": [
            [
                "Our agency can redesign your website and bring you 10x more traffic",
                "I run a digital marketing company, we can get you more customers online",
            ],
            [
                "Make money fast with our trading bot, no experience needed",
                "crypto opportunity: invest 250 and get 5000 back",
            ],
        ],
        "es": [
            [
                "Nuestra agencia puede rediseñar su web y traerle 10 veces más visitas",
                "tengo una empresa de marketing digital, le conseguimos más clientes",
            ],
            [
                "Gane dinero rápido con nuestro robot de trading, sin experiencia",
                "oportunidad cripto: invierta 250 y reciba 5000",
            ],
        ],
        "it": [
            [
                "La nostra agenzia può rifare il vostro sito e portarvi 10 volte più visite",
                "ho un'agenzia di marketing digitale, vi portiamo più clienti online",
            ],
            [
                "Guadagna soldi velocemente con il nostro robot di trading, senza esperienza",
                "opportunità cripto: investi 250 e ricevi 5000",
            ],
        ],
        "pt": [
            [
                "Nossa agência pode refazer seu site e trazer 10x mais visitas",
                "tenho uma empresa de marketing digital, conseguimos mais clientes para vocês",
            ],
            [
                "Ganhe dinheiro rápido com nosso robô de trading, sem experiência",
                "oportunidade cripto: invista 250 e receba 5000",
            ],
        ],
        "fr": [
            [
                "Notre agence peut refaire votre site et vous apporter 10 fois plus de visites",
                "je dirige une agence de marketing digital, on vous trouve plus de clients",
            ],
            [
                "Gagnez de l'argent vite avec notre robot de trading, sans expérience",
                "opportunité crypto : investissez 250 et recevez 5000",
            ],
        ],
        "de": [
            [
                "Unsere Agentur kann Ihre Website neu gestalten und Ihnen 10x mehr Besucher bringen",
                "ich habe eine Digitalmarketing-Agentur, wir bringen Ihnen mehr Kunden",
            ],
            [
                "Schnell Geld verdienen mit unserem Trading-Bot, keine Erfahrung nötig",
                "Krypto-Chance: 250 investieren und 5000 zurückbekommen",
            ],
        ],
    },
    "support": {
        "en": [
            [
                "I forgot my password and the reset email never comes",
                "my account is locked, I can't sign in",
            ],
            [
                "The {product} stopped working after a week",
                "one of the {product} is defective, what can I do? order {order}",
            ],
        ],
        "es": [
            [
                "Olvidé mi contraseña y no me llega el correo para cambiarla",
                "mi cuenta está bloqueada, no puedo iniciar sesión",
            ],
            [
                "Los {product} dejaron de funcionar a la semana",
                "uno de los {product} salió defectuoso, ¿qué hago? pedido {order}",
            ],
        ],
        "it": [
            [
                "Ho dimenticato la password e non arriva la mail di reset",
                "il mio account è bloccato, non riesco a entrare",
            ],
            [
                "I {product} hanno smesso di funzionare dopo una settimana",
                "uno dei {product} è difettoso, cosa posso fare? ordine {order}",
            ],
        ],
        "pt": [
            [
                "Esqueci minha senha e o e-mail de redefinição não chega",
                "minha conta está bloqueada, não consigo fazer login",
            ],
            [
                "Os {product} pararam de funcionar depois de uma semana",
                "um dos {product} veio com defeito, o que faço? pedido {order}",
            ],
        ],
        "fr": [
            [
                "J'ai oublié mon mot de passe et l'email de réinitialisation n'arrive pas",
                "mon compte est bloqué, impossible de me connecter",
            ],
            [
                "Les {product} ne marchent plus après une semaine",
                "un des {product} est défectueux, que faire ? commande {order}",
            ],
        ],
        "de": [
            [
                "Ich habe mein Passwort vergessen und die Reset-Mail kommt nicht",
                "mein Konto ist gesperrt, ich kann mich nicht anmelden",
            ],
            [
                "Die {product} funktionieren nach einer Woche nicht mehr",
                "eins der {product} ist defekt, was kann ich tun? Bestellung {order}",
            ],
        ],
    },
    "not_interested": {
        "en": [
            ["The price is too high for us, sorry", "we can't afford that right now, thanks"],
            ["Don't message me again please", "unsubscribe me, I never asked for this"],
        ],
        "es": [
            [
                "El precio es muy alto para nosotros, lo siento",
                "ahora mismo no nos lo podemos permitir, gracias",
            ],
            ["No me vuelvan a escribir por favor", "denme de baja, nunca pedí esto"],
        ],
        "it": [
            [
                "Il prezzo è troppo alto per noi, mi dispiace",
                "adesso non possiamo permettercelo, grazie",
            ],
            ["Non scrivetemi più per favore", "cancellatemi, non l'ho mai chiesto"],
        ],
        "pt": [
            [
                "O preço está alto demais pra nós, desculpe",
                "agora não temos como pagar isso, obrigado",
            ],
            ["Não me mandem mais mensagens por favor", "me descadastrem, nunca pedi isso"],
        ],
        "fr": [
            [
                "Le prix est trop élevé pour nous, désolé",
                "on ne peut pas se le permettre pour l'instant, merci",
            ],
            ["Ne m'écrivez plus s'il vous plaît", "désabonnez-moi, je n'ai jamais demandé ça"],
        ],
        "de": [
            [
                "Der Preis ist uns zu hoch, tut mir leid",
                "das können wir uns gerade nicht leisten, danke",
            ],
            [
                "Schreiben Sie mir bitte nicht mehr",
                "melden Sie mich ab, ich habe das nie angefordert",
            ],
        ],
    },
    "info_only": {
        "en": [
            [
                "Is there a shop near me where I can see the {product}?",
                "can I pick up in store or only delivery?",
            ]
        ],
        "es": [
            [
                "¿Hay alguna tienda cerca donde ver los {product}?",
                "¿se puede recoger en tienda o solo envío?",
            ]
        ],
        "it": [
            [
                "C'è un negozio vicino dove vedere i {product}?",
                "si può ritirare in negozio o solo spedizione?",
            ]
        ],
        "pt": [
            [
                "Tem alguma loja perto onde eu possa ver os {product}?",
                "dá pra retirar na loja ou só entrega?",
            ]
        ],
        "fr": [
            [
                "Y a-t-il un magasin près de chez moi pour voir les {product} ?",
                "on peut retirer en magasin ou seulement livraison ?",
            ]
        ],
        "de": [
            [
                "Gibt es einen Laden in der Nähe, wo ich die {product} sehen kann?",
                "kann man im Laden abholen oder nur Lieferung?",
            ]
        ],
    },
    "opportunity": {
        "en": [
            [
                "We're a chain of 12 stores and want to stock your {product}",
                "our company wants to partner with you on {product}",
            ]
        ],
        "es": [
            [
                "Somos una cadena de 12 tiendas y queremos vender sus {product}",
                "nuestra empresa quiere colaborar con ustedes en {product}",
            ]
        ],
        "it": [
            [
                "Siamo una catena di 12 negozi e vogliamo vendere i vostri {product}",
                "la nostra azienda vuole collaborare con voi sui {product}",
            ]
        ],
        "pt": [
            [
                "Somos uma rede de 12 lojas e queremos vender os seus {product}",
                "nossa empresa quer fazer parceria com vocês em {product}",
            ]
        ],
        "fr": [
            [
                "Nous sommes une chaîne de 12 magasins et voulons référencer vos {product}",
                "notre société veut travailler avec vous sur les {product}",
            ]
        ],
        "de": [
            [
                "Wir sind eine Kette mit 12 Filialen und wollen Ihre {product} ins Sortiment nehmen",
                "unsere Firma möchte bei {product} mit Ihnen zusammenarbeiten",
            ]
        ],
    },
}
for _intent, _by_lang in EXTRA_FAMILIES.items():
    for _lang, _families in _by_lang.items():
        FAMILIES[_intent][_lang].extend(_families)


# Shared cue sentences per intent: what people add around their main ask. They are not
# family-specific, so every split sees them, like real chats share common phrases.
CUES: dict[str, dict[str, list[str]]] = {
    "quote_request": {
        "en": [
            "what's the price?",
            "send me a quote please",
            "how much is it?",
            "could you share your prices",
            "need a quotation asap",
            "price per unit?",
            "do you offer volume discounts?",
        ],
        "es": [
            "¿qué precio tiene?",
            "mándeme presupuesto por favor",
            "¿cuánto cuesta?",
            "pásenme sus precios",
            "¿hacen descuento por volumen?",
            "precio por unidad?",
        ],
        "it": [
            "che prezzo ha?",
            "mandatemi un preventivo per favore",
            "quanto costa?",
            "mi girate i prezzi",
            "fate sconti sulle quantità?",
            "prezzo unitario?",
        ],
        "pt": [
            "qual o preço?",
            "me manda um orçamento por favor",
            "quanto custa?",
            "pode passar os preços",
            "tem desconto por quantidade?",
            "preço por unidade?",
        ],
        "fr": [
            "quel est le prix ?",
            "envoyez-moi un devis svp",
            "combien ça coûte ?",
            "pouvez-vous me donner vos tarifs",
            "vous faites des remises sur volume ?",
            "prix unitaire ?",
        ],
        "de": [
            "was kostet das?",
            "schicken Sie mir bitte ein Angebot",
            "wie viel kostet es?",
            "können Sie mir Ihre Preise nennen",
            "gibt es Mengenrabatt?",
            "Stückpreis?",
        ],
    },
    "opportunity": {
        "en": [
            "we're planning a big purchase this year",
            "we'd like to work with you",
            "looking for a long-term supplier",
            "our company is growing fast",
            "could we set up a call?",
            "we want to buy for our stores",
        ],
        "es": [
            "planeamos una compra grande este año",
            "nos gustaría trabajar con ustedes",
            "buscamos un proveedor a largo plazo",
            "¿podemos hacer una llamada?",
            "queremos comprar para nuestras tiendas",
        ],
        "it": [
            "stiamo pianificando un grosso acquisto quest'anno",
            "ci piacerebbe lavorare con voi",
            "cerchiamo un fornitore a lungo termine",
            "possiamo fissare una chiamata?",
            "vogliamo acquistare per i nostri negozi",
        ],
        "pt": [
            "estamos planejando uma compra grande este ano",
            "gostaríamos de trabalhar com vocês",
            "procuramos um fornecedor de longo prazo",
            "podemos marcar uma ligação?",
            "queremos comprar para as nossas lojas",
        ],
        "fr": [
            "nous prévoyons un gros achat cette année",
            "nous aimerions travailler avec vous",
            "nous cherchons un fournisseur sur le long terme",
            "pouvons-nous organiser un appel ?",
            "nous voulons acheter pour nos magasins",
        ],
        "de": [
            "wir planen dieses Jahr eine größere Anschaffung",
            "wir würden gern mit Ihnen zusammenarbeiten",
            "wir suchen einen langfristigen Lieferanten",
            "können wir telefonieren?",
            "wir wollen für unsere Filialen einkaufen",
        ],
    },
    "info_only": {
        "en": [
            "just a quick question",
            "only curious",
            "just want some information",
            "no rush, just asking",
            "thanks for the info",
        ],
        "es": [
            "solo una pregunta rápida",
            "solo curiosidad",
            "solo quería información",
            "sin prisa, solo pregunto",
            "gracias por la info",
        ],
        "it": [
            "solo una domanda veloce",
            "solo curiosità",
            "volevo solo un'informazione",
            "nessuna fretta, chiedo solo",
            "grazie per l'info",
        ],
        "pt": [
            "só uma pergunta rápida",
            "só curiosidade",
            "só queria uma informação",
            "sem pressa, só perguntando",
            "obrigado pela informação",
        ],
        "fr": [
            "juste une petite question",
            "simple curiosité",
            "je voulais juste une information",
            "pas pressé, je demande juste",
            "merci pour l'info",
        ],
        "de": [
            "nur eine kurze Frage",
            "nur aus Neugier",
            "ich wollte nur eine Information",
            "keine Eile, frage nur",
            "danke für die Info",
        ],
    },
    "support": {
        "en": [
            "I'm already a customer",
            "this is about an order I placed",
            "I need help with my purchase",
            "nobody answered my last email",
            "can you fix this please",
        ],
        "es": [
            "ya soy cliente",
            "es sobre un pedido que hice",
            "necesito ayuda con mi compra",
            "nadie contestó mi último correo",
            "¿me lo pueden solucionar?",
        ],
        "it": [
            "sono già cliente",
            "riguarda un ordine che ho fatto",
            "ho bisogno di aiuto con il mio acquisto",
            "nessuno ha risposto alla mia ultima mail",
            "potete risolvere per favore",
        ],
        "pt": [
            "já sou cliente",
            "é sobre um pedido que fiz",
            "preciso de ajuda com minha compra",
            "ninguém respondeu meu último e-mail",
            "podem resolver por favor",
        ],
        "fr": [
            "je suis déjà client",
            "c'est à propos d'une commande passée",
            "j'ai besoin d'aide avec mon achat",
            "personne n'a répondu à mon dernier mail",
            "pouvez-vous régler ça svp",
        ],
        "de": [
            "ich bin schon Kunde",
            "es geht um eine Bestellung von mir",
            "ich brauche Hilfe mit meinem Kauf",
            "auf meine letzte Mail hat niemand geantwortet",
            "können Sie das bitte lösen",
        ],
    },
    "not_interested": {
        "en": [
            "not interested anymore",
            "no thank you",
            "we don't need it",
            "maybe some other time",
            "please don't call me",
        ],
        "es": [
            "ya no me interesa",
            "no gracias",
            "no lo necesitamos",
            "quizás en otro momento",
            "por favor no me llamen",
        ],
        "it": [
            "non mi interessa più",
            "no grazie",
            "non ci serve",
            "magari un'altra volta",
            "per favore non chiamatemi",
        ],
        "pt": [
            "não tenho mais interesse",
            "não obrigado",
            "não precisamos",
            "quem sabe outra hora",
            "por favor não me liguem",
        ],
        "fr": [
            "ça ne m'intéresse plus",
            "non merci",
            "on n'en a pas besoin",
            "peut-être une autre fois",
            "merci de ne pas m'appeler",
        ],
        "de": [
            "kein Interesse mehr",
            "nein danke",
            "brauchen wir nicht",
            "vielleicht ein andermal",
            "bitte rufen Sie mich nicht an",
        ],
    },
    "spam": {
        "en": [
            "limited time offer!!!",
            "click the link now",
            "100% guaranteed",
            "reply YES to subscribe",
            "special discount only today",
            "act now",
        ],
        "es": [
            "¡oferta por tiempo limitado!",
            "haga clic en el enlace ya",
            "100% garantizado",
            "responda SÍ para suscribirse",
            "descuento especial solo hoy",
        ],
        "it": [
            "offerta a tempo limitato!!!",
            "clicca subito sul link",
            "100% garantito",
            "rispondi SI per iscriverti",
            "sconto speciale solo oggi",
        ],
        "pt": [
            "oferta por tempo limitado!!!",
            "clique no link agora",
            "100% garantido",
            "responda SIM para assinar",
            "desconto especial só hoje",
        ],
        "fr": [
            "offre à durée limitée !!!",
            "cliquez sur le lien maintenant",
            "100% garanti",
            "répondez OUI pour vous abonner",
            "remise spéciale aujourd'hui seulement",
        ],
        "de": [
            "nur für kurze Zeit!!!",
            "klicken Sie jetzt auf den Link",
            "100% garantiert",
            "antworten Sie JA zum Abonnieren",
            "Sonderrabatt nur heute",
        ],
    },
}

# Interest and refusal phrased plainly, so that negation is learned from both sides.
_MORE_CUES = {
    "opportunity|en": [
        "I'm interested in your {product}",
        "we are interested, tell me more",
        "this looks like what we need",
    ],
    "opportunity|es": [
        "me interesa",
        "me interesan sus {product}",
        "estamos interesados, cuénteme más",
    ],
    "opportunity|it": [
        "mi interessa",
        "siamo interessati ai vostri {product}",
        "ci interessa, mi dica di più",
    ],
    "opportunity|pt": [
        "tenho interesse",
        "temos interesse nos seus {product}",
        "me interessa, conte mais",
    ],
    "opportunity|fr": [
        "ça m'intéresse",
        "nous sommes intéressés par vos {product}",
        "intéressé, dites-m'en plus",
    ],
    "opportunity|de": [
        "ich habe Interesse",
        "wir interessieren uns für Ihre {product}",
        "klingt interessant, erzählen Sie mehr",
    ],
    "opportunity|en#2": ["I'm interested", "interested in {product}, what are the options?"],
    "opportunity|es#2": ["me interesa el {product}", "estoy interesado en sus {product}"],
    "opportunity|it#2": ["mi interessano i {product}", "sono interessato ai {product}"],
    "opportunity|pt#2": ["tenho interesse no {product}", "estou interessado nos {product}"],
    "opportunity|fr#2": ["je suis intéressé", "les {product} m'intéressent"],
    "opportunity|de#2": ["ich interessiere mich für {product}", "wir haben Interesse"],
    "not_interested|en": [
        "not interested",
        "no thanks, remove me",
        "we will pass",
        "I'm not interested in {product}",
    ],
    "not_interested|es": ["no me interesa", "no gracias, bórrenme", "no estoy interesado"],
    "not_interested|it": ["non mi interessa", "no grazie, cancellatemi", "non sono interessato"],
    "not_interested|pt": ["não tenho interesse", "não obrigado, me removam", "não me interessa"],
    "not_interested|fr": ["pas intéressé", "non merci, retirez-moi", "je ne suis pas intéressé"],
    "not_interested|de": ["kein Interesse", "nein danke, bitte austragen", "habe kein Interesse"],
    "quote_request|en": ["we need a quote", "can you quote us?"],
    "quote_request|it": ["mi serve un preventivo", "ci servirebbe un preventivo"],
    "quote_request|es": ["necesitamos una cotización", "me interesa saber el precio"],
    "quote_request|pt": ["precisamos de um orçamento", "quero saber o preço"],
    "quote_request|fr": ["il nous faut un devis", "je voudrais connaître le prix"],
    "quote_request|de": ["wir brauchen ein Angebot", "ich möchte den Preis wissen"],
}
for _key, _lines in _MORE_CUES.items():
    _intent, _lang = _key.split("#")[0].split("|")
    CUES[_intent][_lang].extend(_lines)


PRODUCTS = {
    "en": [
        "office chairs",
        "LED panels",
        "custom t-shirts",
        "solar panels",
        "standing desks",
        "coffee machines",
        "printed boxes",
        "safety helmets",
        "laptops",
        "software licences",
        "water filters",
        "packaging labels",
    ],
    "es": [
        "sillas de oficina",
        "paneles LED",
        "camisetas personalizadas",
        "paneles solares",
        "escritorios",
        "cafeteras",
        "cajas impresas",
        "cascos de seguridad",
        "portátiles",
        "licencias de software",
        "filtros de agua",
    ],
    "it": [
        "sedie da ufficio",
        "pannelli LED",
        "magliette personalizzate",
        "pannelli solari",
        "scrivanie",
        "macchine da caffè",
        "scatole stampate",
        "caschi di sicurezza",
        "portatili",
        "licenze software",
        "filtri per acqua",
    ],
    "pt": [
        "cadeiras de escritório",
        "painéis LED",
        "camisetas personalizadas",
        "painéis solares",
        "mesas de escritório",
        "máquinas de café",
        "caixas impressas",
        "capacetes de segurança",
        "notebooks",
        "licenças de software",
        "filtros de água",
    ],
    "fr": [
        "chaises de bureau",
        "panneaux LED",
        "t-shirts personnalisés",
        "panneaux solaires",
        "bureaux assis-debout",
        "machines à café",
        "boîtes imprimées",
        "casques de sécurité",
        "ordinateurs portables",
        "licences logicielles",
        "filtres à eau",
    ],
    "de": [
        "Bürostühle",
        "LED-Panels",
        "bedruckte T-Shirts",
        "Solarmodule",
        "Stehschreibtische",
        "Kaffeemaschinen",
        "bedruckte Kartons",
        "Schutzhelme",
        "Laptops",
        "Softwarelizenzen",
        "Wasserfilter",
    ],
}
COUNTRIES = {
    "en": ["Canada", "Ireland", "Australia", "Mexico"],
    "es": ["Chile", "Argentina", "Portugal", "Francia"],
    "it": ["Svizzera", "Francia", "Germania", "Spagna"],
    "pt": ["Portugal", "Angola", "Espanha", "Argentina"],
    "fr": ["Belgique", "Suisse", "Canada", "Espagne"],
    "de": ["Österreich", "die Schweiz", "Italien", "Polen"],
}
GREETINGS = {
    "en": ["Hi", "Hello", "Hey", "Good morning", "hi there", "Hello team", "Good afternoon"],
    "es": ["Hola", "Buenos días", "Buenas tardes", "Hola qué tal", "Buenas"],
    "it": ["Ciao", "Buongiorno", "Salve", "Buonasera", "Ciao a tutti"],
    "pt": ["Olá", "Oi", "Bom dia", "Boa tarde", "Oi tudo bem"],
    "fr": ["Bonjour", "Salut", "Bonsoir", "Bonjour à tous", "Coucou"],
    "de": ["Hallo", "Guten Tag", "Moin", "Servus", "Guten Morgen"],
}
QTY_LINES = {
    "en": ["We'd need about {n} units", "quantity would be {n} pieces", "around {n} in total"],
    "es": [
        "Necesitaríamos unas {n} unidades",
        "la cantidad sería de {n} piezas",
        "unas {n} en total",
    ],
    "it": [
        "Ne servirebbero circa {n} pezzi",
        "la quantità sarebbe {n} unità",
        "circa {n} in tutto",
    ],
    "pt": [
        "Precisaríamos de umas {n} unidades",
        "a quantidade seria {n} peças",
        "umas {n} no total",
    ],
    "fr": [
        "Il nous faudrait environ {n} unités",
        "la quantité serait de {n} pièces",
        "environ {n} au total",
    ],
    "de": [
        "Wir bräuchten etwa {n} Stück",
        "die Menge wäre {n} Einheiten",
        "insgesamt ungefähr {n}",
    ],
}
BUDGET_LINES = {
    "en": ["Our budget is around {money}", "we have roughly {money} to spend", "budget: {money}"],
    "es": [
        "Nuestro presupuesto es de unos {money}",
        "tenemos más o menos {money}",
        "presupuesto: {money}",
    ],
    "it": ["Il nostro budget è di circa {money}", "abbiamo più o meno {money}", "budget: {money}"],
    "pt": ["Nosso orçamento é de uns {money}", "temos mais ou menos {money}", "orçamento: {money}"],
    "fr": ["Notre budget est d'environ {money}", "on a à peu près {money}", "budget : {money}"],
    "de": [
        "Unser Budget liegt bei etwa {money}",
        "wir haben ungefähr {money} eingeplant",
        "Budget: {money}",
    ],
}
DEADLINE_LINES = {
    "en": [
        "We need it by {when}",
        "delivery before {when} please",
        "it's urgent, by {when} at the latest",
    ],
    "es": [
        "Lo necesitamos para {when}",
        "entrega antes de {when} por favor",
        "es urgente, para {when} como tarde",
    ],
    "it": [
        "Ci serve entro {when}",
        "consegna prima di {when} per favore",
        "è urgente, entro {when} al massimo",
    ],
    "pt": [
        "Precisamos até {when}",
        "entrega antes de {when} por favor",
        "é urgente, até {when} no máximo",
    ],
    "fr": [
        "Il nous le faut pour {when}",
        "livraison avant {when} svp",
        "c'est urgent, pour {when} au plus tard",
    ],
    "de": [
        "Wir brauchen es bis {when}",
        "Lieferung bitte vor {when}",
        "es ist dringend, spätestens bis {when}",
    ],
}
WHEN = {
    "en": [
        "next Friday",
        "the end of the month",
        "March 15",
        "next week",
        "December 1st",
        "12/03",
        "the 22nd",
        "2 weeks from now",
    ],
    "es": [
        "el viernes que viene",
        "fin de mes",
        "el 15 de marzo",
        "la semana que viene",
        "el 12/03",
    ],
    "it": ["venerdì prossimo", "fine mese", "il 15 marzo", "la settimana prossima", "il 12/03"],
    "pt": ["sexta que vem", "o fim do mês", "15 de março", "a semana que vem", "dia 12/03"],
    "fr": ["vendredi prochain", "la fin du mois", "le 15 mars", "la semaine prochaine", "le 12/03"],
    "de": ["nächsten Freitag", "Ende des Monats", "15. März", "nächste Woche", "den 12.03."],
}
CURRENCY = {
    "en": ("$", "USD"),
    "es": ("€", "EUR"),
    "it": ("€", "EUR"),
    "pt": ("€", "EUR"),
    "fr": ("€", "EUR"),
    "de": ("€", "EUR"),
}
NAME_LINES = {
    "en": ["My name is {name}", "I'm {name}", "this is {name}", "{name} here"],
    "es": ["Me llamo {name}", "Soy {name}", "mi nombre es {name}"],
    "it": ["Mi chiamo {name}", "Sono {name}", "il mio nome è {name}"],
    "pt": ["Meu nome é {name}", "Sou {name}", "aqui é {name}"],
    "fr": ["Je m'appelle {name}", "Je suis {name}", "ici {name}"],
    "de": ["Mein Name ist {name}", "Ich bin {name}", "hier ist {name}"],
}
EMAIL_LINES = {
    "en": [
        "my email is {email}",
        "you can reach me at {email}",
        "email: {email}",
        "send it to {email}",
    ],
    "es": ["mi correo es {email}", "me pueden escribir a {email}", "correo: {email}"],
    "it": ["la mia email è {email}", "potete scrivermi a {email}", "email: {email}"],
    "pt": ["meu e-mail é {email}", "podem me escrever em {email}", "e-mail: {email}"],
    "fr": ["mon email est {email}", "vous pouvez m'écrire à {email}", "mail : {email}"],
    "de": ["meine E-Mail ist {email}", "Sie erreichen mich unter {email}", "E-Mail: {email}"],
}
PHONE_LINES = {
    "en": ["call me on {phone}", "my number is {phone}", "phone: {phone}"],
    "es": ["mi teléfono es {phone}", "llámame al {phone}", "tel: {phone}"],
    "it": ["il mio numero è {phone}", "chiamatemi al {phone}", "tel: {phone}"],
    "pt": ["meu telefone é {phone}", "me liga no {phone}", "tel: {phone}"],
    "fr": ["mon numéro est le {phone}", "appelez-moi au {phone}", "tél : {phone}"],
    "de": ["meine Nummer ist {phone}", "rufen Sie mich unter {phone} an", "Tel.: {phone}"],
}
FOLLOW_UPS = {
    "en": [
        "any update?",
        "Thanks!",
        "great, thank you",
        "ok perfect",
        "sounds good",
        "let me know",
        "cool thanks 🙏",
    ],
    "es": ["¿alguna novedad?", "¡Gracias!", "perfecto, gracias", "vale", "me avisan", "genial 🙏"],
    "it": ["novità?", "Grazie!", "perfetto, grazie", "ok", "fatemi sapere", "ottimo 🙏"],
    "pt": ["alguma novidade?", "Obrigado!", "perfeito, valeu", "ok", "me avisem", "show 🙏"],
    "fr": [
        "des nouvelles ?",
        "Merci !",
        "parfait, merci",
        "ok",
        "tenez-moi au courant",
        "super 🙏",
    ],
    "de": [
        "gibt es Neuigkeiten?",
        "Danke!",
        "perfekt, danke",
        "ok",
        "geben Sie Bescheid",
        "super 🙏",
    ],
}
# A customer who puts the decision off ("let me check with my partner") is a weaker
# lead than one who commits; people say it after questions too, so it is no intent cue.
HESITATE = {
    "en": [
        "ok, I need to talk it over with my partner first",
        "let me think about it and I'll come back to you",
        "I'll check with my boss and get back to you",
        "not sure yet, maybe later in the year",
        "thanks, I'll compare a few options and let you know",
        "hmm ok, I'll have a think",
        "I have to run it past the rest of the family first",
        "no rush, we're still deciding",
    ],
    "es": [
        "vale, lo tengo que hablar con mi marido primero",
        "lo pienso y os digo algo",
        "tengo que consultarlo con mi jefe, ya os escribo",
        "aún no lo tengo claro, quizás más adelante",
        "gracias, voy a comparar presupuestos y os cuento",
        "bueno, me lo pienso",
        "todavía lo estamos valorando, sin prisa",
    ],
    "it": [
        "ok, devo prima parlarne con mia moglie",
        "ci penso su e vi faccio sapere",
        "devo sentire il mio capo, poi vi riscrivo",
        "non so ancora, forse più avanti",
        "grazie, confronto un paio di offerte e vi dico",
        "va bene, ci rifletto",
        "stiamo ancora decidendo, nessuna fretta",
    ],
    "pt": [
        "ok, preciso falar com a minha esposa antes",
        "vou pensar e depois digo alguma coisa",
        "tenho que ver com o meu chefe, depois volto a falar",
        "ainda não sei, talvez mais para a frente",
        "obrigado, vou comparar umas opções e aviso",
        "beleza, vou pensar",
        "ainda estamos decidindo, sem pressa",
    ],
    "fr": [
        "ok, je dois d'abord en parler à mon conjoint",
        "je vais réfléchir et je reviens vers vous",
        "je dois voir avec mon responsable, je vous recontacte",
        "je ne sais pas encore, peut-être plus tard",
        "merci, je compare quelques offres et je vous dis",
        "bon, je vais y réfléchir",
        "on hésite encore, rien ne presse",
    ],
    "de": [
        "ok, ich muss das erst mit meiner Frau besprechen",
        "ich überlege es mir und melde mich",
        "ich kläre das mit meinem Chef und melde mich dann",
        "weiß ich noch nicht, vielleicht später",
        "danke, ich vergleiche noch ein paar Angebote",
        "hm ok, ich denke drüber nach",
        "wir sind noch am Überlegen, keine Eile",
    ],
}
# A sign-off with the sender's role and company, as people write from the office; every
# intent uses it (vendors and support requests are signed too), so it is no intent cue.
SIGN_OFF = {
    "en": ["Best regards", "Kind regards", "Thanks", "Cheers", "Regards"],
    "es": ["Un saludo", "Saludos cordiales", "Gracias", "Atentamente"],
    "it": ["Cordiali saluti", "Saluti", "Grazie", "Un saluto"],
    "pt": ["Atenciosamente", "Cumprimentos", "Obrigado", "Abraço"],
    "fr": ["Cordialement", "Bien à vous", "Merci", "Bonne journée"],
    "de": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Danke und Gruß"],
}
ROLES = {
    "en": ["Office Manager", "Procurement", "Operations Director", "Owner", "Facilities"],
    "es": ["Compras", "Gerente", "Administración", "Directora de operaciones"],
    "it": ["Ufficio acquisti", "Titolare", "Amministrazione", "Responsabile operativo"],
    "pt": ["Compras", "Gerente", "Diretora administrativa", "Sócio"],
    "fr": ["Service achats", "Gérant", "Responsable administratif", "Directrice"],
    "de": ["Einkauf", "Geschäftsführer", "Büroleitung", "Verwaltung"],
}
PHONE_LABELS = {
    "en": ["Tel:", "Phone:", "M:", "Mobile", ""],
    "es": ["Tel.:", "Móvil:", "Tlf.", ""],
    "it": ["Tel.", "Cell.", "Cellulare:", ""],
    "pt": ["Tel.:", "Cel.:", "Telemóvel:", ""],
    "fr": ["Tél. :", "Portable :", "Tél.", ""],
    "de": ["Tel.:", "Mobil:", "Telefon:", ""],
}
COMPANY_SUFFIX = {
    "en": ["Ltd", "LLC", "& Sons", "Group"],
    "es": ["S.L.", "S.A.", "Hermanos"],
    "it": ["S.r.l.", "S.p.A.", "& C."],
    "pt": ["Lda", "Ltda", "& Filhos"],
    "fr": ["SARL", "SAS", "& Fils"],
    "de": ["GmbH", "KG", "& Partner"],
}
AGENT_OPEN = {
    "en": [
        "Hi! How can I help you today?",
        "Hello, thanks for reaching out. What can I do for you?",
    ],
    "es": ["¡Hola! ¿En qué le puedo ayudar?", "Hola, gracias por escribirnos. ¿Qué necesita?"],
    "it": ["Ciao! Come posso aiutarti?", "Salve, grazie per averci scritto. Di cosa ha bisogno?"],
    "pt": ["Olá! Como posso ajudar?", "Oi, obrigado pelo contato. Em que posso ajudar?"],
    "fr": [
        "Bonjour ! Comment puis-je vous aider ?",
        "Bonjour, merci de nous contacter. Que puis-je faire pour vous ?",
    ],
    "de": [
        "Hallo! Wie kann ich helfen?",
        "Guten Tag, danke für Ihre Nachricht. Was kann ich für Sie tun?",
    ],
}
AGENT_ASK = {
    "en": [
        "Could I get your name and email so the team can follow up?",
        "Sure! What's the best email or phone to reach you?",
    ],
    "es": [
        "¿Me deja su nombre y correo para que el equipo le conteste?",
        "¡Claro! ¿Cuál es el mejor correo o teléfono para contactarle?",
    ],
    "it": [
        "Mi lascia nome ed email così il team la ricontatta?",
        "Certo! Qual è la mail o il telefono migliore per contattarla?",
    ],
    "pt": [
        "Pode me passar seu nome e e-mail para a equipe retornar?",
        "Claro! Qual o melhor e-mail ou telefone para contato?",
    ],
    "fr": [
        "Pouvez-vous me donner votre nom et votre email pour que l'équipe vous recontacte ?",
        "Bien sûr ! Quel est le meilleur email ou téléphone pour vous joindre ?",
    ],
    "de": [
        "Darf ich Ihren Namen und Ihre E-Mail haben, damit das Team sich meldet?",
        "Gern! Unter welcher E-Mail oder Nummer erreichen wir Sie?",
    ],
}
AGENT_REPLY = {
    "en": [
        "Thanks, I've passed this on to our team.",
        "Got it, someone will get back to you shortly.",
        "Thank you for the details!",
    ],
    "es": [
        "Gracias, se lo paso al equipo.",
        "Entendido, alguien le contestará pronto.",
        "¡Gracias por los datos!",
    ],
    "it": [
        "Grazie, lo giro al team.",
        "Ricevuto, qualcuno la ricontatterà a breve.",
        "Grazie per i dettagli!",
    ],
    "pt": [
        "Obrigado, vou passar para a equipe.",
        "Entendido, alguém vai retornar em breve.",
        "Obrigado pelos dados!",
    ],
    "fr": [
        "Merci, je transmets à l'équipe.",
        "C'est noté, quelqu'un vous répondra rapidement.",
        "Merci pour les détails !",
    ],
    "de": [
        "Danke, ich gebe das ans Team weiter.",
        "Verstanden, jemand meldet sich in Kürze.",
        "Danke für die Angaben!",
    ],
}
AGENT_CONTACT = {
    "en": "You can also call our sales line at {phone} or write to {email}.",
    "es": "También puede llamar a nuestra línea de ventas al {phone} o escribir a {email}.",
    "it": "Può anche chiamare il nostro ufficio vendite al {phone} o scrivere a {email}.",
    "pt": "Também pode ligar para o nosso comercial no {phone} ou escrever para {email}.",
    "fr": "Vous pouvez aussi appeler notre service commercial au {phone} ou écrire à {email}.",
    "de": "Sie erreichen unseren Vertrieb auch unter {phone} oder {email}.",
}
FIRST = {
    "en": [
        "John",
        "Emily",
        "Michael",
        "Sarah",
        "David",
        "Jessica",
        "Chris",
        "Laura",
        "Mark",
        "Anna",
    ],
    "es": ["Javier", "María José", "Lucía", "Carlos", "Sofía", "Pablo", "Elena", "Diego"],
    "it": ["Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara", "Matteo", "Sara"],
    "pt": ["João", "Ana", "Pedro", "Mariana", "Tiago", "Beatriz", "Rafael", "Camila"],
    "fr": ["Pierre", "Camille", "Julien", "Claire", "Antoine", "Léa", "Nicolas", "Manon"],
    "de": ["Thomas", "Anna", "Lukas", "Julia", "Stefan", "Katrin", "Felix", "Lena"],
}
LAST = {
    "en": ["Smith", "Johnson", "Brown", "Taylor", "Miller", "Wilson", "Clark", "Walker"],
    "es": ["García", "de la Fuente", "Martínez", "López", "Sánchez", "Romero", "Navarro"],
    "it": ["Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci", "Greco"],
    "pt": ["Silva", "Santos", "Oliveira", "Souza", "Costa", "Ferreira", "Almeida"],
    "fr": ["Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker"],
}
REGIONS = {
    "en": ["US", "GB"],
    "es": ["ES", "MX"],
    "it": ["IT"],
    "pt": ["PT", "BR"],
    "fr": ["FR"],
    "de": ["DE"],
}
DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "company.com",
    "acme-corp.net",
    "mail.de",
    "libero.it",
    "orange.fr",
    "uol.com.br",
    "empresa.es",
]
SPAM_COMPANIES = [
    "RankBoost Digital",
    "WebPro Solutions",
    "GrowthHackers Agency",
    "LeadGen Masters",
    "AppFactory Ltd",
]
SPAM_LINKS = [
    "http://bit.ly/3xWin",
    "www.claim-prize-now.com",
    "https://secure-verify-account.info/login",
    "http://tinyurl.com/fr33gift",
]
EMOJI = ["🙂", "😊", "👍", "🙏", "😀", "🔥", "✅", "💰", "🎉"]


def _phone(rng: random.Random, region: str) -> tuple[str, str]:
    """Return a valid random number for `region` as (as written, E.164)."""
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    digits = str(example.national_number)
    for _ in range(50):
        candidate = digits[:2] + "".join(rng.choice("0123456789") for _ in digits[2:])
        number = phonenumbers.parse(candidate, region)
        if phonenumbers.is_valid_number(number):
            break
    else:
        number = example
    style = rng.choice(
        (phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL)
    )
    written = phonenumbers.format_number(number, style)
    return written, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _ascii(text: str) -> str:
    """Strip accents the lazy way many people type."""
    table = str.maketrans("áàâãäéèêëíìîïóòôõöúùûüçñÁÉÍÓÚÜÇÑ", "aaaaaeeeeiiiiooooouuuucnAEIOUUCN")
    return text.translate(table)


def _noisy(rng: random.Random, text: str, level: float) -> str:
    """Add the surface noise of real chats: typos, casing, emoji, lost accents."""
    if rng.random() < level:
        chars = list(text)
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(chars)) if chars else 0
            if len(chars) > 3 and chars[i].isalpha():
                op = rng.random()
                if op < 0.4:
                    del chars[i]
                elif op < 0.7 and i + 1 < len(chars):
                    chars[i], chars[i + 1] = chars[i + 1], chars[i]
                else:
                    chars.insert(i, chars[i])
        text = "".join(chars)
    r = rng.random()
    if r < 0.15:
        text = text.lower()
    elif r < 0.2:
        text = text.upper()
    if rng.random() < 0.2:
        text = _ascii(text)
    if rng.random() < 0.12:
        text = f"{text} {rng.choice(EMOJI)}"
    if rng.random() < 0.15:
        text = text.rstrip("?.! ")
    return text


def _money(rng: random.Random, lang: str, region: str = "") -> tuple[str, float, str]:
    """Return a budget as written, its amount and currency (pounds in Britain)."""
    symbol, code = ("£", "GBP") if region == "GB" else CURRENCY[lang]
    amount = rng.choice([500, 1000, 2500, 5000, 8000, 12000, 20000, 50000])
    if lang == "en" and rng.random() < 0.5:
        written = f"{symbol}{amount:,}"
    elif rng.random() < 0.5:
        written = f"{amount} {symbol}"
    else:
        written = f"{amount} {code}"
    return written, float(amount), code


def _order_number(rng: random.Random) -> str:
    """Return an order reference that must not be mistaken for a phone number."""
    form = rng.random()
    if form < 0.4:
        return f"#{rng.randint(10000, 999999)}"
    if form < 0.7:
        return f"ORD-{rng.randint(100000, 9999999)}"
    return str(rng.randint(1000000000, 9999999999))


def _good_probability(intent: str, story: dict[str, Any]) -> float:
    """Return P(good lead) from the latent story: intent, contact, figures, commitment.

    Each intent has its own range and how complete the story is places the lead inside
    it. For a buyer (quote request, opportunity) the deciding fact is a way to reach
    them: with an email or phone they are a strong lead, without one a medium lead,
    and a customer who puts the decision off ("let me check with my partner") drops
    back to medium; stated figures and engagement help. A plain question about the
    offer is a weak lead; support, refusals and spam are not leads however complete.
    The ranges keep each kind of conversation inside one quality band.
    """
    low, high = {
        "quote_request": (0.64, 0.98),
        "opportunity": (0.64, 0.98),
        "info_only": (0.48, 0.6),
        "support": (0.04, 0.22),
        "not_interested": (0.0, 0.03),
        "spam": (0.0, 0.02),
    }[intent]
    contact = story["has_email"] or story["has_phone"]
    s = 1.6 * contact + 0.3 * story["has_name"] - 1.5 * story.get("hesitant", False)
    s += 0.3 * story["has_qty"] + 0.3 * story["has_budget"] + 0.3 * story["has_deadline"]
    s += 0.2 * (story["customer_turns"] >= 3)
    completeness = 1.0 / (1.0 + math.exp(-2.0 * (s - 0.8)))
    return low + (high - low) * completeness


def _conversation(
    rng: random.Random, index: int, intent: str, lang: str, fam: int, variant: str
) -> Example:
    """Build one conversation from a family paraphrase plus shared parts and noise."""
    source = "whatsapp" if rng.random() < 0.45 else "widget"
    region = rng.choice(REGIONS[lang])
    product = rng.choice(PRODUCTS[lang])
    qty_n = rng.choice([5, 10, 20, 25, 40, 50, 100, 150, 200, 300, 500, 1000])
    lead_like = intent in ("quote_request", "opportunity")
    slots = {
        "product": product,
        "qty": str(qty_n),
        "order": _order_number(rng),
        "link": rng.choice(SPAM_LINKS),
        "company": rng.choice(SPAM_COMPANIES),
        "country": rng.choice(COUNTRIES[lang]),
        "shortcode": str(rng.randint(80000, 89999)),
        "phone_spam": f"0{rng.randint(8000000000, 9099999999)}",
    }
    core = variant.format(**slots)
    has_qty_core = "{qty}" in variant
    first = rng.choice(FIRST[lang])
    full_name = f"{first} {rng.choice(LAST[lang])}" if rng.random() < 0.6 else first
    local = (
        _ascii(first.split()[0].lower())
        + rng.choice(["", ".", "_"])
        + _ascii(full_name.split()[-1].lower()).replace(" ", "")
    )
    email = f"{local}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(DOMAINS)}"
    phone_written, phone_e164 = _phone(rng, region)

    # what the customer states: lead-like intents disclose more, spam carries contact "bait"
    p_contact = {
        "quote_request": 0.65,
        "opportunity": 0.6,
        "info_only": 0.3,
        "support": 0.45,
        "not_interested": 0.2,
        "spam": 0.35,
    }[intent]
    give_email = rng.random() < p_contact
    give_phone = rng.random() < p_contact * 0.7
    give_name = rng.random() < p_contact + 0.1
    give_qty = lead_like and not has_qty_core and rng.random() < 0.45
    give_budget = lead_like and rng.random() < 0.35
    give_deadline = lead_like and rng.random() < 0.4
    if intent == "info_only" and rng.random() < 0.1:
        give_deadline = True
    sms_style = (intent == "spam" and "{shortcode}" in variant) or "{phone_spam}" in variant

    customer: list[str] = []
    greet = rng.choice(GREETINGS[lang])
    first_line = (
        f"{greet}, {core[0].lower()}{core[1:]}" if rng.random() < 0.6 and not sms_style else core
    )
    customer.append(first_line)
    extras: list[str] = []
    if rng.random() < 0.7:
        extras.append(rng.choice(CUES[intent][lang]).format(product=product))
    money_written, money_amount, money_code = _money(rng, lang, region)
    if give_qty:
        extras.append(rng.choice(QTY_LINES[lang]).format(n=qty_n))
    if give_budget:
        extras.append(rng.choice(BUDGET_LINES[lang]).format(money=money_written))
    if give_deadline:
        extras.append(rng.choice(DEADLINE_LINES[lang]).format(when=rng.choice(WHEN[lang])))
    # an office signature (12%, every intent) carries the name, role, company and the
    # contact details as bare lines, as people sign emails; otherwise they are sentences
    signed = not sms_style and rng.random() < 0.12
    contact_bits: list[str] = []
    if signed:
        company = f"{rng.choice(LAST[lang])} {rng.choice(COMPANY_SUFFIX[lang])}"
        signature = [rng.choice(SIGN_OFF[lang]), full_name]
        signature += [f"{rng.choice(ROLES[lang])}, {company}"] if rng.random() < 0.7 else [company]
        signature += [email] if give_email else []
        if give_phone:
            label = rng.choice(PHONE_LABELS[lang])
            signature.append(f"{label} {phone_written}" if label else phone_written)
        give_name = True
    elif give_name:
        contact_bits.append(rng.choice(NAME_LINES[lang]).format(name=full_name))
    if give_email and not signed:
        contact_bits.append(rng.choice(EMAIL_LINES[lang]).format(email=email))
    if give_phone and not signed:
        contact_bits.append(rng.choice(PHONE_LINES[lang]).format(phone=phone_written))

    # spread the parts over a realistic number of customer turns
    target_turns = rng.choice([1, 1, 2, 2, 3, 3, 4, 5]) if not sms_style else 1
    pieces = extras + (
        [", ".join(contact_bits)] if contact_bits and rng.random() < 0.5 else contact_bits
    )
    if target_turns == 1:
        customer[0] = " ".join([customer[0], *[p[0].upper() + p[1:] + "." for p in pieces]]).strip()
    else:
        for piece in pieces:
            if len(customer) < target_turns:
                customer.append(piece)
            else:
                customer[-1] = f"{customer[-1]}. {piece}"
        while len(customer) < target_turns:
            customer.append(rng.choice(FOLLOW_UPS[lang]))
    # putting the decision off: a lead's last word, or a question's (where it says nothing)
    hesitant = not sms_style and rng.random() < {
        "quote_request": 0.25,
        "opportunity": 0.25,
        "info_only": 0.25,
    }.get(intent, 0.0)
    if hesitant:
        customer.append(rng.choice(HESITATE[lang]))
    if signed:
        customer[0] = f"{customer[0]}\n\n" + "\n".join(signature)
    customer = [_noisy(rng, line, 0.25) for line in customer]
    # Generator version 7's links come from streams of the conversation's own (keyed by
    # it: corpus/links.py) and are put in after the noise, so that no other draw moves.
    link_key = f"{index}:{intent}:{lang}:{fam}:{variant}"
    if "{link}" in variant:  # half the spam links become plain-looking shop links
        drawn, swapped = slots["link"], spam_link(link_key, slots["link"])
        customer = [
            line.replace(drawn, swapped).replace(drawn.upper(), swapped.upper())
            for line in customer
        ]
    # a link the customer shares (a product page, their site, a photo)
    link_line = shared_link(link_key, intent, lang, product, slots["order"], full_name.split()[-1])
    if link_line is not None:
        at = insert_at(link_key, len(customer) - 1 - int(hesitant))
        body, signature_block, rest = customer[at].partition("\n\n")  # before a signature
        stop = "" if body.endswith((".", "!", "?")) else "."
        customer[at] = f"{body}{stop} {link_line[0].upper()}{link_line[1:]}{signature_block}{rest}"

    # agent turns: opening, asking details, acknowledging, sometimes its own contact line
    messages: list[tuple[str, str]] = []
    with_agent = not sms_style and rng.random() < 0.75
    if with_agent and source == "widget" and rng.random() < 0.6:
        messages.append(("agent", rng.choice(AGENT_OPEN[lang])))
    for i, line in enumerate(customer):
        messages.append(("customer", line))
        if with_agent and (i < len(customer) - 1 or rng.random() < 0.5):
            if i == 0 and rng.random() < 0.5:
                messages.append(("agent", rng.choice(AGENT_ASK[lang])))
            else:
                messages.append(("agent", rng.choice(AGENT_REPLY[lang])))
    if with_agent and rng.random() < 0.3:
        agent_phone, _ = _phone(rng, region)
        messages.append(
            ("agent", AGENT_CONTACT[lang].format(phone=agent_phone, email="sales@ourshop.example"))
        )
    messages = messages[:10]

    start = datetime(2026, 1, 5, 8, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 60 * 24 * 300))
    at = start
    out_messages = []
    for role, text in messages:
        out_messages.append({"role": role, "text": text, "at": at.strftime("%Y-%m-%dT%H:%M:%SZ")})
        at += timedelta(seconds=rng.randint(20, 900))
    contact: dict[str, str] = {}
    sender_is_phone = False
    if source == "whatsapp":
        sender_is_phone = True
        profile = rng.random()
        contact["phone"] = phone_e164 if rng.random() < 0.5 else phone_written
        if profile < 0.5:
            contact["name"] = full_name
        elif profile < 0.7:
            contact["name"] = rng.choice(["🌸", "Promo", "~ B ~", "Best Deals", "😎😎"])
    elif rng.random() < 0.2 and give_name:
        contact["name"] = full_name
    conversation = _envelope(rng, source, index, out_messages)
    if contact:
        conversation["contact"] = contact

    customer_turns = sum(1 for m in out_messages if m["role"] == "customer")
    has_qty = give_qty or (has_qty_core and intent in ("quote_request", "opportunity"))
    story = {
        "has_email": give_email,
        "has_phone": give_phone or sender_is_phone,
        "has_name": give_name or ("name" in contact and contact["name"] == full_name),
        "has_qty": has_qty,
        "has_budget": give_budget,
        "has_deadline": give_deadline,
        "customer_turns": customer_turns,
        "hesitant": hesitant,
    }
    p_good = _good_probability(intent, story)
    good = int(rng.random() < p_good)
    if intent not in ("spam", "not_interested"):
        p_good = 0.97 * p_good + 0.03 * (1 - p_good)  # the flip below, in expectation
        if rng.random() < 0.03:
            good = 1 - good  # label noise: people disagree about borderline leads
    truth = {
        "p_good": p_good,
        "name": full_name if story["has_name"] else None,
        "emails": [email] if give_email else [],
        "phones": [phone_e164] if story["has_phone"] else [],
        "language": lang,
        "quantity": qty_n if has_qty else None,
        "budget": money_amount if give_budget else None,
        "currency": money_code if give_budget else None,
        "deadline": "stated" if give_deadline else None,
        "summary": core[:80] if lead_like else "",
    }
    return Example(conversation, intent, good, "", lang, "", truth)


def family_splits(seed: int = DEFAULT_SEED) -> dict[str, str]:
    """Assign every template family to train / val / test, per (intent, language)."""
    rng = random.Random(seed * 7 + 1)
    out: dict[str, str] = {}
    for intent in INTENTS:
        for lang in LANGUAGES:
            ids = [f"{intent}/{lang}/{k}" for k in range(len(FAMILIES[intent][lang]))]
            rng.shuffle(ids)
            # about one family in eight each for validation and test (at least one),
            # the rest for training
            held = max(1, len(ids) // 8)
            for pos, fid in enumerate(ids):
                out[fid] = "test" if pos < held else "val" if pos < 2 * held else "train"
    return out


def generate(
    n: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED, social: bool = False
) -> list[Example]:
    """Return `n` labelled conversations and n // MARKET_SHARE more, identical for the same
    (n, seed, social).

    With `social`, a fixed share of the `n` is the social block (`_social_rows`), drawn
    after the others with its own random stream (an experiment, not in the packaged
    corpus: see model/DATA_CARD.md, *Spam of other media*). The buyers who answer an
    advert (`_market_rows`, version 8) come last, also from a stream of their own.
    """
    social_counts = _social_counts(n) if social else (0, 0, 0)
    rng = random.Random(seed)
    splits = family_splits(seed)
    weights = {
        "quote_request": 0.22,
        "opportunity": 0.18,
        "info_only": 0.16,
        "support": 0.14,
        "not_interested": 0.12,
        "spam": 0.18,
    }
    intents = list(weights)
    examples = []
    for index in range(n - sum(social_counts)):
        intent = rng.choices(intents, weights=[weights[i] for i in intents])[0]
        lang = rng.choices(LANGUAGES, weights=[0.3, 0.16, 0.12, 0.14, 0.14, 0.14])[0]
        fam = rng.randrange(len(FAMILIES[intent][lang]))
        variant = rng.choice(FAMILIES[intent][lang][fam])
        ex = _conversation(rng, index, intent, lang, fam, variant)
        ex.family = f"{intent}/{lang}/{fam}"
        ex.split = splits[ex.family]
        examples.append(ex)
    if social:
        examples += _social_rows(seed, len(examples), *social_counts)
    # version 8: buyers answering an advert, after every other row and from a stream of
    # their own, so the rows before and their splits stay as they were (training only)
    examples += _market_rows(seed, len(examples), n // MARKET_SHARE)
    return examples


MARKET_SHARE = 50  # one buyer answering an advert per 50 conversations


def _market_rows(seed: int, start: int, count: int) -> list[Example]:
    """Return `count` buyers who answer an advert (corpus/marketplace.py), all trained on."""
    rng = random.Random(seed * 13 + 8)
    out = []
    for i in range(count):
        lang = rng.choices(LANGUAGES, weights=LANGUAGE_WEIGHTS)[0]
        fam = rng.randrange(len(marketplace.MARKET_BUYERS[lang]))
        variant = marketplace.fill(
            rng.choice(marketplace.MARKET_BUYERS[lang][fam]),
            rng.choice(marketplace.MARKET_ITEMS[lang]),
        )
        ex = _conversation(rng, start + i, "opportunity", lang, fam, variant)
        ex.family = f"opportunity/{lang}/market{fam}"
        ex.split = "train"
        out.append(ex)
    return out


# Social and comment spam (corpus/social.py) and buyers who mention their own channel or
# page, drawn after the main corpus with their own random stream, so the v5 rows and
# their splits stay as they were.
# rows per SOCIAL_BASE conversations: 12,000 of the main corpus + these 1,860
SOCIAL_BASE = 13860
SOCIAL_SPAM_ROWS = 900
SOCIAL_BUYER_ROWS = 360
SOCIAL_REMARK_ROWS = 600
LANGUAGE_WEIGHTS = [0.3, 0.16, 0.12, 0.14, 0.14, 0.14]


def _envelope(
    rng: random.Random, source: str, index: int, messages: list[dict[str, str]]
) -> dict[str, Any]:
    """Return the import-format conversation holding `messages` (its id, channel, agent)."""
    return {
        "id": f"{'wa' if source == 'whatsapp' else 'web'}-{index:06d}",
        "source": source,
        "agent": rng.choice(["Sales Assistant", "Shop Bot", "Ana (support)", "Website chat"]),
        "started_at": messages[0]["at"],
        "messages": messages,
    }


def _social_spam(
    rng: random.Random, index: int, lang: str, variant: str, intent: str = "spam"
) -> Example:
    """Build one chat in which the writer promotes their own channel, page or scheme.

    Mostly one short message without contact details (a WhatsApp sender still has a
    number), sometimes a greeting or a second line, sometimes an agent's opening.
    """
    pool = social.SOCIAL_SPAM if intent == "spam" else social.CONTENT_REMARKS
    slots = {**social.social_slots(rng, lang), "product": rng.choice(PRODUCTS[lang])}
    core = variant.format(**slots)
    lines = [core]
    if rng.random() < 0.25:
        lines[0] = f"{rng.choice(GREETINGS[lang])} {core}"
    if rng.random() < 0.2:
        other = rng.choice(pool[lang])
        lines.append(rng.choice(other).format(**slots))
    lines = [_noisy(rng, line, 0.3) for line in lines]
    # comments shout, spam and remarks alike ("LOVE IT!!!"), so shouting alone is no cue
    if rng.random() < (0.1 if intent == "spam" else 0.3):
        if rng.random() < 0.4:
            lines = [line.upper() for line in lines]
        lines = [line.rstrip(".!") + "!" * rng.randint(2, 6) for line in lines]
    source = "whatsapp" if rng.random() < 0.35 else "widget"
    messages: list[tuple[str, str]] = []
    if source == "widget" and rng.random() < 0.3:
        messages.append(("agent", rng.choice(AGENT_OPEN[lang])))
    messages += [("customer", line) for line in lines]
    at = datetime(2026, 1, 5, 8, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 60 * 24 * 300))
    out_messages = []
    for role, text in messages:
        out_messages.append({"role": role, "text": text, "at": at.strftime("%Y-%m-%dT%H:%M:%SZ")})
        at += timedelta(seconds=rng.randint(5, 300))
    conversation = _envelope(rng, source, index, out_messages)
    phones = []
    if source == "whatsapp":
        written, e164 = _phone(rng, rng.choice(REGIONS[lang]))
        conversation["contact"] = {"phone": e164 if rng.random() < 0.5 else written}
        if rng.random() < 0.5:
            conversation["contact"]["name"] = social.handle(rng)
        phones = [e164]
    story = {
        "has_email": False,
        "has_phone": bool(phones),
        "has_name": False,
        "has_qty": False,
        "has_budget": False,
        "has_deadline": False,
        "customer_turns": len(lines),
    }
    p_good = _good_probability(intent, story)
    truth = intent_only_truth(lang, phones, p_good)
    return Example(conversation, intent, int(rng.random() < p_good), "", lang, "", truth)


def intent_only_truth(lang: str, phones: list[str], p_good: float) -> dict[str, Any]:
    """Return the truth of a one-line row with no lead story: it teaches the intent only.

    The quality target is the story's, and such a row has none: it teaches the intent
    head what the message is, the quality head nothing.
    """
    return {
        "p_good": p_good,
        "name": None,
        "emails": [],
        "phones": phones,
        "language": lang,
        "quantity": None,
        "budget": None,
        "currency": None,
        "deadline": None,
        "summary": "",
        "intent_only": True,
    }


def _social_counts(n: int) -> tuple[int, int, int]:
    """Return how many social spam, buyer and remark rows a corpus of `n` holds."""
    return tuple(
        round(n * rows / SOCIAL_BASE)
        for rows in (SOCIAL_SPAM_ROWS, SOCIAL_BUYER_ROWS, SOCIAL_REMARK_ROWS)
    )  # type: ignore[return-value]


def _social_rows(seed: int, start: int, spam: int, buyers: int, remarks: int) -> list[Example]:
    """Return the social spam rows, the buyers who mention a channel and the remarks."""
    rng = random.Random(seed * 11 + 6)
    spam_splits: dict[str, str] = {}
    for lang in LANGUAGES:
        ids = [f"spam/{lang}/social{k}" for k in range(len(social.SOCIAL_SPAM[lang]))]
        rng.shuffle(ids)
        held = max(1, len(ids) // 8)
        for pos, fid in enumerate(ids):
            spam_splits[fid] = "test" if pos < held else "val" if pos < 2 * held else "train"
    out = []
    for i in range(spam + buyers + remarks):
        lang = rng.choices(LANGUAGES, weights=LANGUAGE_WEIGHTS)[0]
        if i < spam:
            fam = rng.randrange(len(social.SOCIAL_SPAM[lang]))
            variant = rng.choice(social.SOCIAL_SPAM[lang][fam])
            ex = _social_spam(rng, start + i, lang, variant)
            ex.family = f"spam/{lang}/social{fam}"
            ex.split = spam_splits[ex.family]
        elif i >= spam + buyers:
            # contrast only: remarks about the business's content, always trained on
            fam = rng.randrange(len(social.CONTENT_REMARKS[lang]))
            variant = rng.choice(social.CONTENT_REMARKS[lang][fam])
            ex = _social_spam(rng, start + i, lang, variant, "info_only")
            ex.family = f"info_only/{lang}/social{fam}"
            ex.split = "train"
        else:
            # contrast only (one family per language and intent): always trained on
            intent = "quote_request" if i % 2 else "opportunity"
            families = social.SOCIAL_BUYERS[intent][lang]
            fam = rng.randrange(len(families))
            variant = rng.choice(families[fam]).replace("{platform}", rng.choice(social.PLATFORMS))
            ex = _conversation(rng, start + i, intent, lang, fam, variant)
            ex.family = f"{intent}/{lang}/social{fam}"
            ex.split = "train"
        out.append(ex)
    return out


def write_jsonl(examples: list[Example], path: str) -> None:
    """Write examples as JSON Lines (conversation plus labels), for inspection."""
    with open(path, "w", encoding="utf-8") as fh:
        for ex in examples:
            row = {
                **ex.conversation,
                "labels": {
                    "intent": ex.intent,
                    "good": ex.good,
                    "family": ex.family,
                    "split": ex.split,
                },
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_packaged(n: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED) -> Path:
    """Generate the corpus and write it as the model package's training data."""
    meta = {"generator_version": GENERATOR_VERSION, "seed": seed, "default_size": DEFAULT_SIZE}
    return write_corpus(generate(n, seed), meta)


if __name__ == "__main__":
    import sys

    write_jsonl(generate(), sys.argv[1] if len(sys.argv) > 1 else "corpus.jsonl")
