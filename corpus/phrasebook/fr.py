"""Give French customer lines per intent, in template families, for the corpus generator."""

FAMILIES: dict[str, list[list[str]]] = {
    "quote_request": [
        [
            "Bonjour, pourriez-vous me faire un chiffrage pour le nettoyage de nos bureaux (environ 300 m²) deux fois par semaine ?",
            "c'est quoi vos tarifs pour l'entretien de locaux pros ? on a à peu près 300 m2",
            "Je cherche une estimation pour un ménage hebdomadaire dans notre cabinet médical, vous pouvez m'indiquer un montant ?",
        ],
        [
            "Je suis responsable des achats d'un groupe hôtelier de douze établissements, nous aimerions recevoir vos conditions tarifaires pour {qty} {product}.",
            "Acheteuse pour une chaîne de restaurants en Belgique : pourriez-vous nous communiquer vos prix pour {qty} {product} ?",
            "Bonjour, je gère les approvisionnements d'une clinique privée, on voudrait une cotation pour {qty} {product}, livraison comprise.",
        ],
        [
            "Combien ça me coûterait de déménager un trois-pièces de Lyon à Marseille ?",
            "ça reviendrait à combien un déménagement d'un T3 avec monte-meuble, 4e étage sans ascenseur ?",
            "Vous chargez combien pour un déménagement de Montréal à Québec ? C'est un 4 et demi.",
        ],
        [
            "Quels sont vos tarifs pour les cours d'anglais en petit groupe ?",
            "c'est combien l'heure de cours d'espagnol ?",
            "Les cours particuliers d'allemand, vous les facturez combien pour un ado ?",
        ],
        [
            "Quel serait le prix unitaire si on vous commande {qty} {product} ?",
            "le prix à l'unité baisse à partir de combien de {product} ?",
            "Vous appliquez un tarif dégressif sur les {product} ? On en prendrait environ {qty}.",
        ],
        [
            "Vous faites des remises sur le vin en quantité ? Il me faudrait une soixantaine de cartons pour un mariage.",
            "y a-tu un rabais si je prends 20 caisses de rouge ?",
            "Est-ce que vous avez un prix de gros pour les cavistes et les restaurateurs ?",
        ],
        [
            "Quels sont vos forfaits et vos prix pour un photographe de mariage le 14 juin ?",
            "combien vous demandez pour couvrir un mariage toute la journée, de la mairie à la soirée ?",
            "Je me marie en septembre, vous pourriez m'envoyer vos formules photo et vidéo avec les prix ?",
        ],
        [
            "Pourriez-vous estimer le coût d'une installation photovoltaïque de 6 kWc sur une maison individuelle ?",
            "j'aimerais avoir un ordre de grandeur pour mettre du solaire sur mon toit, 40 m² environ",
            "Une installation solaire avec batterie de stockage, ça tourne autour de combien chez vous ?",
        ],
        [
            "Quel est le tarif pour louer une voiture une semaine en août ?",
            "combien pour la location d'un utilitaire 12 m3 sur un week-end ?",
            "c'est combien pour louer un char 10 jours, kilométrage illimité ?",
        ],
        [
            "Combien coûte votre formule traiteur par personne pour un séminaire de {qty} personnes ?",
            "quel est votre prix par tête pour un buffet de {qty} invités ?",
            "On organise un anniversaire pour {qty} personnes, vous pourriez nous faire une proposition de menu avec le prix ?",
        ],
        [
            "Combien coûte votre abonnement logiciel pour une équipe de {qty} utilisateurs ?",
            "quel est le prix du plan Entreprise, par utilisateur et par mois ?",
            "On n'est pas intéressés par la formule de base, vous pouvez nous donner le tarif de l'offre Pro pour {qty} postes ?",
        ],
        [
            "Je voudrais un chiffrage pour la rénovation complète d'une salle de bain de 6 m².",
            "Ça coûterait combien, à la louche, de refaire une cuisine de A à Z ?",
            "vous pourriez passer évaluer les travaux pour repeindre tout l'appartement et me dire le montant ?",
        ],
        [
            "Quels sont vos frais de déplacement pour un plombier sur Bruxelles ?",
            "combien vous facturez l'intervention pour une fuite sous l'évier ?",
            "C'est quoi le tarif horaire de vos plombiers, dépannage urgent le dimanche compris ?",
        ],
        [
            "Pourriez-vous m'envoyer votre liste de prix de gros pour les {product} ?",
            "Vous auriez un tarif revendeur pour les {product} ? On est une boutique à Genève.",
            "je voudrais recevoir vos prix pros HT pour les {product} svp",
        ],
        [
            "Je voudrais une simulation pour une assurance habitation, appartement de 70 m² à Nantes.",
            "combien me coûterait l'assurance auto pour une Clio, jeune conducteur ?",
            "Pouvez-vous me calculer la prime annuelle d'une responsabilité civile pro ? Je suis architecte indépendant.",
        ],
        [
            "Quel serait le tarif pour 15 chambres doubles du 3 au 5 mai, pour un groupe ?",
            "vous faites un prix de groupe sur les nuitées ? on serait une trentaine",
            "C'est combien la nuit en chambre double avec le petit-déjeuner ?",
        ],
        [
            "Combien prenez-vous pour tenir la comptabilité d'une petite SARL ?",
            "quels sont vos honoraires pour le bilan annuel d'un auto-entrepreneur ?",
            "c'est quoi vos honoraires comptables pour une SRL avec deux employés ?",
        ],
        ["prix ?", "tarif svp", "c combien ?", "ça coûte combien svp"],
        [
            "Combien coûte la courroie de rechange pour une tondeuse Honda HRX ?",
            "vous auriez un prix pour un kit embrayage de Peugeot 208 ?",
            "Je cherche le prix d'une vitre de remplacement pour un iPhone 13, pose comprise.",
        ],
        [
            "Quel serait votre prix pour {qty} {product} livrés en {country} ?",
            "Vous pourriez me dire le coût total, transport inclus, pour {qty} {product} vers {country} ?",
            "combien avec les frais d'envoi en {country} pour {qty} {product} ?",
        ],
        [
            "Combien coûte la location de votre salle pour une soirée de 120 personnes ?",
            "Quel est le prix de la salle un samedi de mai, avec ou sans traiteur ?",
            "vous louez la salle à combien pour une réception de mariage ?",
        ],
        [
            "Combien coûte l'abonnement annuel à la salle de sport ?",
            "c'est quoi le prix du mois à la gym, sans engagement ?",
            "Vous avez des tarifs étudiants pour l'abonnement fitness ?",
        ],
        [
            "Combien coûte un blanchiment dentaire dans votre cabinet ?",
            "quel est le prix d'un implant, à peu près ?",
            "Vous pourriez me donner une idée du coût d'une couronne en céramique ?",
        ],
        [
            "Quel est le prix du forfait 20 heures de conduite ?",
            "ça coûte combien le permis chez vous, code compris ?",
            "C'est combien l'heure de conduite en boîte automatique ?",
        ],
        [
            "Nous sommes une école de langues et cherchons un hébergeur : quels sont vos tarifs pour un serveur dédié ?",
            "Je dirige une agence immobilière de huit personnes, que nous proposeriez-vous comme prix pour l'hébergement web et les boîtes mail ?",
            "En tant que gérant d'une PME, j'aimerais connaître le coût mensuel de votre offre d'hébergement avec sauvegardes.",
        ],
        [
            "Mon lave-linge ne vidange plus et la porte reste bloquée, combien prenez-vous pour un dépannage à domicile ?",
            "bonjour le chauffe-eau ne chauffe plus du tout, ça coûterait combien pour faire passer un technicien ?",
            "Le volet roulant du salon ne remonte pas. Pouvez-vous me faire un devis pour la réparation ?",
        ],
    ],
    "opportunity": [
        [
            "Je voudrais en prendre trois aujourd'hui, je peux payer par carte ?",
            "je prends les deux, un virement bancaire ça vous va ?",
            "On est partants pour la commande, est-ce qu'on peut payer en trois fois sans frais ?",
        ],
        [
            "Je souhaiterais prendre rendez-vous pour un détartrage la semaine prochaine.",
            "vous avez une dispo jeudi pour une consultation ? j'ai mal à une dent",
            "Est-il possible de réserver un créneau chez l'orthodontiste pour ma fille ?",
        ],
        [
            "Je voudrais réserver des séances de kiné, j'ai une ordonnance pour dix séances.",
            "vous auriez de la place pour commencer la rééducation du genou lundi ?",
            "je peux prendre un rendez-vous avec un physio cette semaine ? c'est pour mon dos",
        ],
        [
            "Vous avez des {product} en stock ? J'en prendrais {qty}.",
            "si les {product} sont dispo, je vous en commande {qty} tout de suite",
            "Il vous reste des {product} ? J'en veux {qty}, je passe les chercher demain.",
        ],
        [
            "C'est bon pour nous, on y va. Quelle est la prochaine étape ?",
            "parfait, on valide ! vous m'envoyez le bon de commande ?",
            "Le devis nous convient, où est-ce que je signe ?",
        ],
        [
            "Je veux m'inscrire au cours d'italien débutant de septembre.",
            "inscrivez-moi pour la session intensive de juillet svp",
            "Mon fils voudrait commencer les leçons de conduite, comment on l'inscrit ?",
        ],
        [
            "Je voudrais réserver votre service traiteur pour notre fête d'entreprise du 12 décembre.",
            "on aimerait retenir la date du 20 juin pour le buffet",
            "C'est décidé, on vous prend pour le cocktail du mariage, on bloque la date ?",
        ],
        [
            "Pouvez-vous livrer {qty} {product} à Lille avant vendredi ? Si oui, on passe commande.",
            "si vous livrez en {country} d'ici la fin du mois, je vous commande {qty} {product}",
            "On a besoin de {qty} {product} pour le 15, c'est faisable ? On est prêts à commander.",
        ],
        [
            "Nous ouvrons une épicerie fine à Namur et cherchons un fournisseur de vins et de fromages.",
            "on lance notre boutique de cosmétiques bio et on cherche un grossiste pour s'approvisionner",
            "Nous cherchons un fournisseur régulier de tissus pour notre atelier de confection.",
        ],
        [
            "Ajoutez-moi sur la liste d'attente pour le prochain arrivage de vélos électriques.",
            "mettez-moi sur la liste d'attente svp, je veux le modèle dès qu'il revient",
            "Prévenez-moi dès que le vélo cargo est de retour, je le prends.",
        ],
        [
            "Votre offre m'intéresse beaucoup, j'aimerais aller plus loin.",
            "super, ça me tente ! on commence quand ?",
            "C'est exactement ce qu'on cherchait, ça nous intéresse, on fait comment maintenant ?",
        ],
        [
            "Je voudrais démarrer l'essai gratuit de votre logiciel pour notre équipe.",
            "on peut avoir un accès d'essai de 14 jours ?",
            "Activez-nous la version d'essai svp, on veut tester avec cinq utilisateurs.",
        ],
        [
            "Je souhaite souscrire au forfait annuel de votre hébergement web.",
            "je veux m'abonner à la salle, je peux le faire en ligne ou faut passer sur place ?",
            "On veut passer à l'offre Entreprise dès ce mois-ci, pas la version de base.",
        ],
        [
            "On aimerait vous engager pour le nettoyage de fin de chantier de notre immeuble.",
            "Je voudrais faire appel à vous pour refaire toute la plomberie de la maison.",
            "on voudrait vous confier la compta de notre boîte à partir de janvier",
        ],
        [
            "Je veux louer une voiture du 2 au 9 août, prise en charge à l'aéroport de Nice.",
            "je voudrais réserver un utilitaire pour samedi matin",
            "Est-ce que je peux louer deux vélos pour la journée de demain ?",
        ],
        [
            "Je souhaite réserver une chambre double pour trois nuits à partir du 15.",
            "vous pouvez me bloquer deux chambres pour le week-end de Pâques ?",
            "Réservez-moi la suite pour samedi soir, c'est pour un anniversaire.",
        ],
        [
            "On aimerait planifier le déménagement pour le 30 juin, vous êtes dispo ?",
            "est-ce qu'on peut fixer une date pour commencer les travaux de la cuisine ?",
            "On accepte votre proposition, quand est-ce que l'équipe peut démarrer le chantier ?",
        ],
        [
            "Je voudrais commander un bouquet de roses avec livraison samedi.",
            "je veux faire livrer des fleurs à ma mère pour la fête des mères",
            "Je souhaite commander 12 bouteilles du Bordeaux 2018 vu sur votre site.",
        ],
        [
            "chu prête à acheter, je fais comment ?",
            "ok je le prends, je peux passer le chercher à soir ?",
            "go, on embarque ! c'est quoi la suite ?",
        ],
        [
            "Je suis gestionnaire des achats chez un transporteur, nous souhaitons commander {qty} {product} pour nos équipes.",
            "En tant que directeur d'une école privée, je veux passer une commande de {qty} {product} pour la rentrée.",
            "On est une PME et on veut équiper tout le monde en {product}, il nous en faut {qty}.",
        ],
        [
            "Je suis prêt à signer le contrat, un conseiller peut me rappeler pour conclure ?",
            "Pouvez-vous m'envoyer le contrat ? On veut démarrer l'assurance au 1er du mois.",
            "envoyez-moi les papiers à signer, je veux que la couverture commence lundi",
        ],
        [
            "Nous voulons réserver le circuit en Grèce pour deux personnes en octobre.",
            "je veux booker le séjour à Marrakech vu en ligne, il reste des places ?",
            "On part sur la formule tout compris en Crète, comment on réserve ?",
        ],
        [
            "On aimerait vous réserver comme photographe pour notre mariage le 7 septembre.",
            "vous êtes libre le 7 septembre ? on veut vous booker pour le mariage",
            "Nous avons choisi votre studio pour nos photos de mariage, comment confirmer la date ?",
        ],
        [
            "Pas besoin de devis, on veut juste commander directement.",
            "pas la peine de m'envoyer des brochures, je veux acheter",
            "Inutile de me rappeler pour présenter l'offre, je suis convaincu : on la prend.",
        ],
        [
            "Je souhaite acheter la machine d'emballage d'occasion que vous avez en démonstration.",
            "le tracteur d'occasion est encore à vendre ? je le prends si oui",
            "Je voudrais acheter le canapé d'angle gris de la vitrine, vous livrez quand ?",
        ],
    ],
    "info_only": [
        [
            "Il y a un parking près de chez vous ?",
            "on peut se garer facilement devant le magasin ?",
            "Est-ce qu'il y a des places de stationnement réservées aux clients ?",
        ],
        [
            "Quels moyens de paiement acceptez-vous ?",
            "vous prenez la carte ou seulement le cash ?",
            "On peut payer avec Twint chez vous ?",
            "Acceptez-vous les chèques-repas ?",
        ],
        [
            "Le cours de salsa convient-il aux débutants complets ?",
            "faut avoir un niveau minimum pour le cours d'anglais ?",
            "Je n'ai jamais fait de yoga, est-ce que c'est accessible quand on part de zéro ?",
        ],
        [
            "Quelles sont les dimensions des {product} ?",
            "les {product}, ça pèse combien à peu près ?",
            "Vous avez la fiche technique des {product} ?",
        ],
        [
            "Quelle est votre politique de retour ?",
            "on a combien de jours pour renvoyer un article si ça ne va pas ?",
            "Les retours sont gratuits ou c'est à ma charge ?",
        ],
        [
            "La garantie dure combien de temps sur les vélos électriques ?",
            "c'est quoi les conditions de garantie sur les téléphones reconditionnés ?",
            "La batterie est-elle couverte par la garantie constructeur ?",
        ],
        [
            "Est-ce que vous vendez aussi des pièces détachées pour les lave-linge ?",
            "vous faites les meubles de jardin aussi ?",
            "Vous avez des produits sans gluten dans votre gamme ?",
        ],
        [
            "Je ne fais que regarder pour l'instant.",
            "je magasine un peu, je reviendrai",
            "Je jette juste un œil, merci.",
        ],
        [
            "Je vais y réfléchir et je reviens vers vous.",
            "laissez-moi en parler à mon mari, je vous redis",
            "Je dois encore réfléchir un peu, merci pour les infos.",
        ],
        [
            "Les cours se font en ligne ou en présentiel ?",
            "c'est à distance ou faut se déplacer ?",
            "La formation est-elle disponible en visio ?",
        ],
        [
            "Vous parlez anglais ?",
            "Est-ce que quelqu'un parle néerlandais dans votre équipe ?",
            "le service client répond aussi en allemand ?",
        ],
        [
            "Quels sont les délais de livraison habituels ?",
            "ça prend combien de temps pour être livré en général ?",
            "Vous envoyez aussi à l'étranger, genre en Suisse ou au Canada ?",
        ],
        [
            "Vos crèmes sont-elles testées sur les animaux ?",
            "les cosmétiques sont bio ou pas ?",
            "Y a-t-il du parfum dans votre shampoing ? J'ai le cuir chevelu sensible.",
        ],
        [
            "Le cabinet est-il conventionné ?",
            "vous prenez la carte Vitale ?",
            "Les séances de kiné sont remboursées par la mutuelle ?",
        ],
        [
            "L'hôtel a-t-il une piscine ?",
            "les animaux sont acceptés dans les chambres ?",
            "Il y a le wifi gratuit dans les chambres ?",
        ],
        [
            "Votre logiciel s'intègre-t-il avec Excel ou Google Sheets ?",
            "l'appli marche sur Android aussi ?",
            "Est-ce que vos données sont hébergées en Europe ?",
        ],
        [
            "Vos {product} existent en quelles tailles ?",
            "quels formats sont disponibles pour les {product} ?",
            "les {product}, ça taille grand ou petit ?",
        ],
        [
            "Comment ça marche concrètement, votre service de déménagement ?",
            "Comment se passe une première séance chez vous ?",
            "vous pouvez m'expliquer le déroulement d'un cours d'essai ?",
        ],
        [
            "Vous êtes situés dans quel quartier ?",
            "c'est loin de la gare ?",
            "On peut venir chez vous en transports en commun ?",
        ],
        [
            "Vous êtes fermés pendant les vacances d'été ?",
            "ouvert le lundi de Pâques ?",
            "Vous faites le pont du 15 août ?",
        ],
        [
            "Vos vins sont-ils issus de l'agriculture biologique ?",
            "d'où viennent vos fleurs ?",
            "Vos {product} sont fabriqués où ?",
        ],
        [
            "Quelle est la différence entre le modèle standard et le modèle pro ?",
            "c'est quoi la différence entre vos deux formules ?",
            "je comprends pas bien ce qui change entre les options, vous pouvez m'expliquer ?",
        ],
        [
            "Est-ce qu'il faut prendre rendez-vous ou on peut passer sans ?",
            "c'est sur rendez-vous seulement ?",
            "On peut venir à l'improviste ou il vaut mieux appeler avant ?",
        ],
    ],
    "support": [
        [
            "Le lien de suivi de ma commande {order} ne fonctionne pas.",
            "le numéro de suivi n'affiche rien depuis 5 jours, commande {order}",
            "Mon colis {order} est indiqué comme livré mais je n'ai rien reçu.",
        ],
        [
            "La livraison était prévue mardi et toujours rien, commande {order}.",
            "ça fait 10 jours de retard sur {order}, c'est normal ?",
            "Vous m'aviez promis une livraison avant le week-end, où est passé mon colis ?",
        ],
        [
            "J'ai reçu le mauvais article, ce n'est pas ce que j'avais commandé ({order}).",
            "on m'a envoyé la taille M au lieu de la L, commande {order}",
            "Il manque deux pièces dans le colis {order}.",
        ],
        [
            "Pourriez-vous me renvoyer la facture de la commande {order} ?",
            "j'ai besoin d'un duplicata de facture pour ma compta",
            "La facture est au mauvais nom de société, pouvez-vous la corriger ?",
        ],
        [
            "J'attends toujours mon remboursement pour {order}, ça fait trois semaines.",
            "vous m'avez dit que le remboursement était en cours, mais je n'ai rien vu sur mon compte",
            "Quand vais-je être remboursé ? J'ai renvoyé le colis il y a quinze jours.",
        ],
        [
            "Je dois annuler mon rendez-vous de demain chez le dentiste.",
            "est-ce que je peux annuler la réservation de la chambre sans frais ?",
            "On doit annuler la location de la salle pour le 12, comment faire ?",
        ],
        [
            "Serait-il possible de déplacer ma séance de kiné de jeudi à vendredi ?",
            "je voudrais changer la date de ma leçon de conduite",
            "Peut-on modifier notre réservation d'hôtel ? On arrive un jour plus tard.",
        ],
        [
            "L'application plante à chaque fois que je l'ouvre.",
            "l'appli ne charge plus depuis la mise à jour",
            "Votre site affiche une erreur 500 quand je veux payer ma facture.",
        ],
        [
            "Mon vélo électrique a un problème de batterie, il est encore sous garantie.",
            "je voudrais faire jouer la garantie sur mon téléphone, l'écran ne s'allume plus",
            "La machine achetée chez vous l'an dernier est tombée en panne, c'est couvert par la garantie ?",
        ],
        [
            "Je suis très déçue de la prestation de ménage, la moitié n'a pas été faite.",
            "le technicien n'est jamais venu au rendez-vous, c'est inadmissible",
            "Votre livreur a laissé le colis sous la pluie, tout est trempé.",
        ],
        [
            "On m'a prélevé l'abonnement de la salle alors que je l'avais résilié.",
            "Je veux résilier mon abonnement, je ne trouve pas où le faire dans mon espace client.",
            "mon forfait a été renouvelé automatiquement sans prévenir",
        ],
        [
            "Notre site hébergé chez vous est inaccessible depuis ce matin.",
            "nos emails ne partent plus, problème de serveur ?",
            "Le certificat SSL de notre domaine a expiré, pouvez-vous regarder ?",
        ],
        [
            "Je peux encore changer l'adresse de livraison de la commande {order} ?",
            "je me suis trompé d'adresse pour {order}, vous pouvez la modifier ?",
            "Est-il possible d'ajouter un article à ma commande {order} avant l'expédition ?",
        ],
        [
            "Sur les {qty} {product} livrés, plusieurs ont un défaut de fabrication.",
            "La moitié des {product} ne correspond pas à l'échantillon qu'on avait validé.",
            "les {product} qu'on a reçus ont pas la bonne couleur, commande {order}",
        ],
        [
            "J'ai eu un dégât des eaux, comment je déclare le sinistre ?",
            "ça fait un mois que j'ai déclaré mon sinistre et toujours pas de nouvelles",
            "Je n'ai pas reçu mon attestation d'assurance pour cette année.",
        ],
        [
            "Je n'ai plus accès à l'adresse mail liée à mon compte, comment je fais ?",
            "je ne reçois pas le code de vérification par SMS",
            "Je crois que mon compte a été piraté, quelqu'un a changé mon mot de passe.",
        ],
        [
            "allo, ma commande {order} est pas rentrée pis ça fait trois semaines",
            "bonjour, mon colis est toujours pas là, vous savez voir ce qui se passe ? commande {order}",
            "c'est plate, le produit est arrivé brisé, commande {order}",
        ],
        [
            "Depuis l'installation des panneaux, l'onduleur affiche une erreur.",
            "le chauffe-eau que vous avez posé fuit déjà",
            "Les travaux de la salle de bain sont finis mais le joint de la douche fuit.",
        ],
        [
            "Les produits frais de la livraison {order} étaient périmés.",
            "la palette de fromages est arrivée pas réfrigérée",
            "Il manquait la moitié des plats commandés pour notre événement de samedi.",
        ],
        [
            "Le montant facturé ne correspond pas au devis accepté.",
            "on m'a facturé des frais que personne ne m'avait annoncés",
            "Pourquoi ma facture de ce mois est plus élevée que d'habitude ?",
        ],
        [
            "La voiture de location est tombée en panne sur l'autoroute, que dois-je faire ?",
            "on m'a retenu la caution alors que j'ai rendu le véhicule en bon état",
            "On me reproche une rayure sur la voiture mais elle y était déjà au départ.",
        ],
    ],
    "not_interested": [
        [
            "Finalement, on a signé avec un concurrent.",
            "on a déjà trouvé quelqu'un pour les travaux, merci",
            "Nous avons retenu une autre proposition, bonne continuation.",
        ],
        [
            "J'ai déjà acheté ailleurs, merci.",
            "c'est bon, je l'ai trouvé moins cher sur internet",
            "Plus la peine, je me suis équipé entre-temps.",
        ],
        [
            "Le projet a été abandonné, nous n'aurons donc pas besoin de vos services.",
            "la direction a gelé le budget, on arrête tout",
            "le déménagement ne se fait plus finalement, oubliez ma demande",
        ],
        [
            "Je souhaite me désinscrire de votre newsletter.",
            "STOP",
            "désinscription svp",
            "Supprimez mes données de votre fichier, merci.",
        ],
        [
            "Arrêtez de m'envoyer des messages tous les jours, c'est lourd.",
            "ça fait trois fois que vous relancez, la réponse est non",
            "Vous me harcelez, lâchez-moi.",
        ],
        [
            "Vous vous êtes trompé de numéro.",
            "je crois que ce message ne m'était pas destiné",
            "Erreur de destinataire, je ne suis pas la personne que vous cherchez.",
        ],
        [
            "Je n'ai jamais demandé de devis chez vous.",
            "d'où vous avez mon numéro ? j'ai rien demandé",
            "Je ne me suis jamais inscrit sur votre site, pourquoi je reçois ça ?",
        ],
        [
            "Merci pour la relance, mais nous avons décidé de ne pas donner suite.",
            "merci d'avoir pris le temps, mais on ne va pas aller plus loin",
            "Après réflexion, nous ne poursuivrons pas avec votre proposition.",
        ],
        [
            "Peut-être l'année prochaine, mais pas maintenant.",
            "recontactez-nous dans un an, là ce n'est pas le moment",
            "Pas cette saison, on verra l'an prochain.",
        ],
        [
            "On n'en a plus l'utilité, merci.",
            "nos besoins ont changé, ce n'est plus d'actualité",
            "Ce n'est plus nécessaire, on a réglé le problème en interne.",
        ],
        [
            "Votre devis dépasse largement notre budget, on va s'abstenir.",
            "à ce prix-là, non merci",
            "C'est hors de prix pour une petite structure comme la nôtre, on laisse tomber.",
        ],
        [
            "non merci, ça m'intéresse pas pantoute",
            "c'est beau, merci, mais on n'en a pas besoin",
            "pas intéressée, bonne journée là",
        ],
        [
            "Non merci, on est déjà servis.",
            "ça ne nous dit rien, merci quand même",
            "Merci, mais ça ne nous convient pas.",
        ],
        ["nan c'est bon", "pas pour moi", "bof, non"],
        [
            "J'ai changé d'avis, je ne vais pas commander.",
            "finalement je ne prends rien, désolé",
            "Je renonce à l'achat, merci de votre patience.",
        ],
        [
            "Ce n'est pas moi qui décide, et la réponse de la direction est non.",
            "Notre société n'a aucun besoin de ce type de produit.",
            "On ne fait pas ce genre d'achat, ce n'est pas notre domaine.",
        ],
        [
            "Je ne suis pas intéressé par vos {product}, ni maintenant ni plus tard.",
            "les {product}, c'est vraiment pas pour nous",
            "Nous n'achetons pas de {product}, inutile de nous relancer.",
        ],
        [
            "Ne m'appelez plus, je ne répondrai pas.",
            "inutile de me rappeler",
            "merci de ne plus me téléphoner, j'ai dit non",
        ],
        [
            "On est très contents de notre prestataire actuel, on ne change pas.",
            "on a déjà un contrat en cours jusqu'en 2027",
            "Nous sommes engagés avec un fournisseur pour encore deux ans.",
        ],
        [
            "On ferme la boutique à la fin du mois, donc non merci.",
            "nous cessons notre activité, plus besoin de rien",
            "Je prends ma retraite, je n'achèterai plus rien.",
        ],
        # declining after a quote: the quote word in a refusal
        [
            "Merci pour le devis, mais nous avons choisi un autre prestataire. Vous pouvez clôturer la demande.",
            "j'avais demandé un devis la semaine dernière mais on a déjà pris ailleurs, merci quand même",
            "Merci d'annuler ma demande de devis, nous avons trouvé moins cher ailleurs.",
        ],
    ],
    "spam": [
        [
            "Bonjour, en visitant votre site j'ai remarqué plusieurs erreurs qui vous font perdre des clients. Je peux vous envoyer un audit gratuit ?",
            "j'ai jeté un œil à votre site internet, il n'apparaît pas sur Google Maps, on peut corriger ça pour vous",
            "Votre site met 8 secondes à charger, notre équipe peut l'optimiser pour vous dès cette semaine.",
        ],
        [
            "Nous vendons des fichiers de prospects qualifiés : 50 000 contacts d'entreprises en {country}.",
            "base de données B2B à jour, emails de dirigeants, prix imbattable",
            "Achetez notre liste de 10 000 leads vérifiés pour booster vos ventes.",
        ],
        [
            "Je suis rédacteur web et je souhaiterais publier un article invité sur votre blog avec un lien vers notre site.",
            "Acceptez-vous les articles sponsorisés ? Nous payons 80€ par publication avec backlink.",
            "proposition de partenariat : échange de liens entre nos deux sites",
        ],
        [
            "Coucou ! Je suis influenceuse lifestyle (45k abonnés), je vous propose une collab : vos produits contre une story.",
            "Hello, on gère des créateurs de contenu TikTok et on aimerait promouvoir votre marque.",
            "Je peux faire connaître votre entreprise à ma communauté Instagram, à partir de 300€ le post.",
        ],
        [
            "Chez {company}, nous externalisons votre service client à moindre coût.",
            "Nous vous proposons une équipe de développeurs offshore dédiée, 15€ de l'heure.",
            "Besoin d'une assistante virtuelle ? Nos freelances gèrent votre standard et vos mails.",
        ],
        [
            "Offre d'emploi : travaillez 2h par jour depuis votre téléphone et gagnez 300€, infos sur {link}",
            "Nous recrutons ! Poste de conseiller en télétravail, aucune expérience requise, inscription sur {link}",
            "Cabinet de recrutement {company} : nous avons des profils de commerciaux disponibles pour votre société.",
        ],
        [
            "Vous êtes l'heureux gagnant de notre tirage au sort mensuel ! Récupérez votre lot sur {link}",
            "BRAVO 🎉 votre numéro a été tiré, 5 000 € vous attendent",
            "Loterie internationale : vous avez remporté 850 000 €, envoyez vos coordonnées bancaires pour le virement.",
        ],
        [
            "Je suis notaire et je vous contacte au sujet d'un héritage de 4,5 millions d'euros laissé par un parent éloigné.",
            "Cher ami, je suis la veuve d'un homme d'affaires et je souhaite vous confier mes fonds.",
            "Un héritage non réclamé à votre nom vous attend, répondez pour recevoir les détails.",
        ],
        [
            "Veuillez trouver ci-joint la facture impayée n°2024-883, règlement immédiat sur {link}",
            "Relance : le renouvellement de votre nom de domaine arrive à échéance, payez ici {link}",
            "Dernier rappel avant poursuites, réglez votre facture en souffrance via {link}",
        ],
        [
            "Votre carte bancaire a été désactivée suite à une activité suspecte. Réactivez-la ici : {link}",
            "Votre abonnement Netflix n'a pas pu être renouvelé, mettez à jour vos informations de paiement {link}",
            "Ameli : un remboursement est en attente, confirmez vos coordonnées sur {link}",
        ],
        [
            "Colissimo : votre livraison n'a pas pu être effectuée, reprogrammez-la sur {link} (frais 1,99€)",
            "Bpost : un colis vous attend, des frais d'affranchissement restent à régler {link}",
            "La Poste Suisse : votre envoi est en attente, confirmez le paiement sur {link}",
        ],
        [
            "Bonjour, c'est le directeur. J'ai besoin que tu achètes des cartes cadeaux Google Play pour un client, c'est urgent.",
            "Achetez 5 cartes Steam et envoyez-moi les codes, je vous rembourse demain.",
            "Carte cadeau Amazon de 500€ offerte aux 100 premiers, répondez vite !",
        ],
        [
            "Formation forex offerte : je vous apprends à générer un revenu passif de 3000€/mois.",
            "Rejoignez notre groupe Telegram de signaux trading, 95% de réussite.",
            "Placement sûr à 12% garanti par an, sans risque, places limitées.",
        ],
        [
            "Transférez ce message à 10 contacts sinon vous aurez 7 ans de malheur.",
            "ATTENTION partagez à tous vos contacts : WhatsApp va devenir payant demain !",
            "Envoie ce message à 15 personnes et demain une bonne nouvelle t'arrivera.",
        ],
        [
            "Regardez ça 😂 {link}",
            "meilleurs prix sur les montres de luxe ici {link}",
            "Promo exclusive -90% sur {link} !!!",
        ],
        [
            "Salut toi 😘 je suis seule ce soir, viens discuter avec moi sur {link}",
            "Des célibataires près de chez vous veulent vous rencontrer, inscription gratuite {link}",
            "Photos privées disponibles ici 🔥 {link}",
        ],
        [
            "Bonjour, je suis chef de projet chez {company}, nous développons des applications mobiles sur mesure. Seriez-vous disponible pour un appel de 15 minutes ?",
            "Bonjour, je suis directeur commercial chez {company} et notre CRM pourrait vous faire gagner un temps fou. Je vous montre une démo ?",
            "Fondateur de {company} ici : nous aidons les PME comme la vôtre à automatiser leur prospection.",
        ],
        [
            "Nous cherchons des partenaires revendeurs pour notre gamme de compléments alimentaires, marge de 40%.",
            "Proposition de collaboration : devenez ambassadeur de notre marque et touchez des commissions.",
            "Nous aimerions vous proposer un partenariat d'affiliation, 20% sur chaque vente.",
        ],
        [
            "Et si vous aviez 30 nouveaux clients par mois ? Notre méthode marche pour tous les artisans.",
            "On remplit votre agenda de rendez-vous qualifiés, vous ne payez qu'au résultat.",
            "Plus d'avis 5 étoiles sur Google garantis : 50 avis pour 99€.",
        ],
        [
            "Grossiste en {product} : nous vous proposons des prix usine, catalogue sur demande.",
            "Fabricant de {product} en Asie, nous cherchons des distributeurs, tarifs très compétitifs.",
            "Bonjour, nous sommes {company}, fournisseur de {product}, voulez-vous recevoir notre liste de prix ?",
        ],
        [
            "Votre entreprise paie trop cher son électricité ! Notre courtier en énergie vous fait économiser 30%.",
            "Audit énergétique gratuit financé par l'État, prenez rendez-vous sur {link}",
            "Isolation à 1€ : dernière chance d'en profiter avant la fin du dispositif !",
        ],
    ],
}
