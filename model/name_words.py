"""Word tables for reading names: particles, common words, businesses, titles, states.

Kept apart from the rules in model.names so those stay readable; all lower case.
"""

from __future__ import annotations


def _words(text: str) -> list[str]:
    """Return the whitespace-separated words of `text` (keeps word tables readable)."""
    return text.split()


PARTICLES = frozenset(
    _words(
        """
        de del della dello degli dei di da das do dos du des la las los le van von der den
        ten ter y e zu dal st. bin al el mac
        """
    )
)
# Common words that follow "I'm" / "soy" / "sono" / "ich bin" / "sou" and the like,
# or open a message, in the six languages; a name never starts with one of them.
STOP = frozenset(
    _words(
        """
        a an the and or but not no yes here there from with very so glad happy writing
        calling contacting trying just also still sorry good fine well new ready sure in on
        at of to for going planning wondering curious asking reaching getting having owner
        manager ceo director customer client student teacher based located currently really
        back available busy interested looking hoping thinking new interested interesting hi
        hello hey dear thanks thank please ok okay great perfect cool nice is am are was my
        your our his her their me you we they it this that what who how when where why sales
        support team company business owner founder buyer purchasing marketing urgent
        important fine calling emailing texting one two three interesado interesada buscando
        de del el la los las un una cliente nuevo nueva muy bien dueño dueña gerente
        encargado encargada estudiante aquí hola gracias buenos buenas días tardes noches sí
        si claro vale perfecto mi tu su con para por que interessato interessata alla al di
        un una il lo cliente nuovo nuova molto contento contenta titolare responsabile qui
        ciao grazie buongiorno buonasera sì certo va bene perfetto mio tuo suo con per che
        stato stata sempre già ancora intéressé intéressée à de en un une le la client
        cliente nouveau nouvelle très content contente ravi ravie gérant gérante responsable
        pas désolé désolée bonjour bonsoir salut merci oui d'accord parfait mon ton son avec
        pour que là ici interessiert auf der die das ein eine kunde kundin neu neukunde sehr
        froh student studentin inhaber inhaberin geschäftsführer leiter leiterin nicht
        gerade hier aus von bei hallo danke guten tag morgen abend ja klar gerne natürlich
        mein dein sein mit für dass auch schon noch interessado interessada do da dos um uma
        o cliente novo nova muito dono dona responsável estudante aqui olá oi obrigado
        obrigada bom boa dia tarde noite sim claro perfeito meu teu seu com que já ainda
        tudo
        """
    )
)
# Month names in the eight languages: read by the names (a month is no name after a
# cue) and by model.existing_customer ("la cuota de noviembre").
MONTHS = tuple(
    _words(
        """
        january february march april may june july august september october november
        december enero febrero marzo abril mayo junio julio agosto septiembre setiembre
        octubre noviembre diciembre janeiro fevereiro março abril maio junho julho agosto
        setembro outubro novembro dezembro janvier février mars avril mai juin juillet août
        septembre octobre novembre décembre januar februar märz april mai juni juli august
        september oktober november dezember gennaio febbraio marzo aprile maggio giugno
        luglio agosto settembre ottobre novembre dicembre januari februari maart april mei
        juni juli augustus september oktober november december styczeń luty marzec
        kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień
        """
    )
)
# The months that stop a name: not those that are given names or surnames too ("May",
# "Mei", "Maj"), nor the Dutch and Polish ones the gazetteer was never checked against.
STOP |= frozenset(MONTHS) - frozenset(
    _words(
        """
        may mei maj setiembre januari februari maart augustus styczeń luty marzec kwiecień
        czerwiec lipiec sierpień wrzesień październik listopad grudzień
        """
    )
)
# Days, nationalities, roles and refusals that can be capitalised after a cue.
STOP |= frozenset(
    _words(
        """
        monday tuesday wednesday thursday friday saturday sunday lunes martes miércoles
        jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato
        domenica lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag
        mittwoch donnerstag freitag samstag sonntag segunda terça quarta quinta sexta american
        canadian british english spanish french german italian portuguese brazilian mexican irish australian swiss austrian belgian
        dutch european i i'd i'll i've i'm prefer rather none nobody anonymous architekt
        architektin einkäufer einkäuferin unternehmer unternehmerin rentner rentnerin
        privatkunde händler händlerin mitarbeiter mitarbeiterin besitzer besitzerin
        interessent interessentin bestandskunde arzt ärztin anwalt anwältin ingenieur
        ingenieurin selbstständig selbständig angestellter vertrieb einkauf
        """
    )
)
# Roles and times that are capitalised after "I'm" ("I'm Head of Sales").
STOP |= frozenset(
    _words(
        """
        head vp cto cfo coo cmo president partner lead chief senior junior procurement
        operations office hr admin assistant consultant engineer developer designer
        architect accountant secretary intern coordinator specialist representative rep
        agent buyer supervisor executive officer tomorrow today tonight later anytime asap
        jefe jefa director directora administrador administradora direttore direttrice
        amministratore titolare directeur directrice gérant gérante chef assistante diretor
        diretora sócio sócia coordenador coordenadora gestor gestora
        """
    )
)
# Form labels that follow a name on the same line ("Name: Ana Ruiz Phone: ...").
STOP |= frozenset(
    _words(
        """
        phone email e-mail mail tel mobile cell address title fax website teléfono telefono
        correo dirección telefone endereço téléphone adresse telefon handy
        """
    )
)
# The words of closings: "Met vriendelijke groet" read after Dutch "met" ("met Sanne
# Jansen") is no name, nor "Freundlichen Grüßen", "Cordiali Saluti".
STOP |= frozenset(
    _words(
        """
        regards wishes sincerely vriendelijke hartelijke groet groeten groetjes freundlichen
        freundliche grüßen grüssen grüße gruß saludos cordiales cordiali saluti distinti
        cordialement salutations atenciosamente cumprimentos pozdrawiam poważaniem
        """
    )
)
# Words that make a candidate a business or a role, not a person. The Dutch and Polish
# business nouns end a name at "van" ("from"): "ik ben Marieke de Vries van Bakkerij Zon".
ORG = frozenset(
    _words(
        """
        inc ltd llc gmbh ag sa sl srl spa sas sarl bv corp co company group solutions
        services team shop store official promo promos sales support info news marketing
        tienda empresa negocio ditta azienda negozio société boutique firma laden loja
        empresa oficial offers ofertas deals bot admin customer service immobilien
        consulting consultores consulenze conseil beratung design studio estudio media
        photo photos foto fotos photography fotografia fotografie
        rejestr rejestru registry register registro registo registre verzeichnis
        snack fazenda impresa edile edilizia
        logistics logística logistica transportes trasporti transports bau construcciones
        costruzioni construction tech digital clinic clínica clinica klinik dental salon
        restaurant restaurante ristorante café cafe bar hotel pizzeria autos motors store
        imports export market mercado mercato marché markt farmacia pharmacie apotheke
        academy academia accademia école schule escola club agency agencia agenzia agence
        agentur agência ltda lda eireli mei ug kg ohg sro
        bakkerij bedrijf kantoor praktijk kapsalon slagerij apotheek makelaardij
        sklep piekarnia biuro hurtownia kancelaria apteka warsztat przychodnia spółka
        praxis kanzlei werkstatt consultorio cabinet apps software labs systems technologies
        crypto krypto cripto bitcoin forex trading
        department dept afdeling abteilung departamento département dipartimento dział
        """
    )
)
# Titles before a name are skipped, not kept: the lead's name is the person's.
HONORIFICS = frozenset(
    _words(
        """
        mr mrs ms miss mister sir madam dr dra doctor doctora prof profa ing lic señor
        mag dipl mgr inż ir drs eng arq geom rag arch
        señora sr sra srta don doña signor signora sig dott dottssa avv monsieur madame mme
        mlle herr frau senhor senhora dona dom
        """
    )
)
# States that follow "i'm" in lower-case chat and have no tell-tale ending.
STATES = frozenset(
    _words(
        """
        she he originally currently actually usually finally only also basically done lost
        stuck hungry tired free open online available away alone outside inside late early
        bored excited worried confused sick ill fine cool down up out off over ready home
        gone old young broke poor rich glad sad mad sure aware unsure certain perdu perdue
        fatigué prêt prête libre seul seule malade pronto pronta listo lista libre solo sola
        cansado cansada enfermo enferma stanco stanca libero libera solo sola malato malata
        müde fertig frei allein krank bereit cansado cansada pronto pronta livre sozinho
        sozinha doente perso persa persi perse perdido perdida perdida verloren zagubiony
        zagubiona zgubiony zgubiona lol haha xd
        """
    )
)
# A channel profile name ("Büroservice Nord", "Asesora Financiera", "Ofertas Top") is a
# business, a role or a promotion, not a person, when one of its words is in ORG_WORDS
# or contains one of ORG_STEMS. All written without accents ("premio" covers "Prémio").
# Whole words, in the six languages and English: legal forms, kinds of business,
# promotions, departments, family roles, and jobs, which also follow "soy", "sono" or
# "ich bin" in text ("soy asesora financiera"). None is a given name or a common
# surname.
ORG_WORDS = frozenset(
    _words(
        """
        inc ltd llc llp plc gmbh ag ug kg ohg gbr sa sl slu srl srls spa sas sarl sasu eurl
        bv nv corp co cia ltda lda eireli mei sro
        company companies empresa empresas negocio negocios ditta azienda aziende societa
        societe unternehmen compania companhia enterprise enterprises group groups grupo
        gruppo groupe gruppe holding holdings corporation industries industrias industrie
        service services servicio servicios servico servicos servizio servizi dienst
        dienste shop shops store stores tienda tiendas loja lojas negozio negozi boutique
        magasin magasins laden geschaft market markets mercato marche markt outlet
        agency agencia agenzia agence agentur lead leads leadgen gen pro pros
        consulting consultancy consultores consulenze conseil conseils beratung advisory
        info infos information informacion informazioni informacoes news noticias notizie
        nouvelles nachrichten newsletter promo promos promocion promocao promozione
        promotion promotions deals deal offers offer offerte offerta oferta ofertas offre
        offres angebot angebote sconti sconto saldi descuento descuentos desconto
        rebajas soldes rabatt discount discounts sale bonus gratis free winner winners
        ganador vincitore gagnant gewinner premio premios premi prix sorteo sorteio nagrody nagroda
        concorso concurso giveaway lotto lottery loteria lotteria casino crypto cripto
        bitcoin forex trading
        digital media web tech techno technology tecnologia solutions solution soluciones
        solucoes soluzioni software systems sistemas sistemi network networks telecom
        marketing publicidad pubblicita publicite werbung publicidade design studio
        studios estudio estudios atelier
        team equipo squadra equipe official oficial ufficiale officiel offiziell support
        soporte suporte supporto helpdesk sales ventas vendite vendas ventes vertrieb
        verkauf customer customers clientes atencion assistenza kundenservice
        kundendienst admin administracion amministrazione reception recepcion rezeption
        oficina ufficio bureau buro office delivery express bot chatbot whatsapp
        clinic clinica clinique klinik dental dentist odontologia farmacia pharmacie
        apotheke pharmacy optica ottica optique optik veterinaria
        restaurant restaurante ristorante pizzeria trattoria osteria taberna cafe
        cafeteria caffe pub bistro brasserie panaderia panetteria boulangerie backerei
        padaria pasteleria pasticceria patisserie konditorei burgers kebab sushi
        tapas heladeria gelateria kitchen cocina cucina cuisine food foods comida comidas
        hotel hotels hostal hostel apartamentos apartments tours travel viajes viaggi
        voyages reisen viagens turismo
        auto autos motors taller officina garage werkstatt autohaus carrozzeria
        concesionario concessionaria import imports export exports importaciones
        logistics logistica transportes trasporti transports mudanzas traslochi
        limpieza pulizie nettoyage reinigung limpeza cleaning fitness gym gimnasio
        palestra beauty belleza bellezza beaute estetica kosmetik peluqueria
        parrucchiere coiffure coiffeur friseur barbershop barberia barbearia barbiere
        nails salon
        academy academia accademia akademie ecole schule escola escuela scuola school
        instituto istituto institut colegio club
        bank banco banca banque seguros seguradora assicurazioni versicherung insurance
        correos poczta postnl bpost ctt snackbar frituur friterie imbiss obras
        buchhaltung contabilidad comptabilite contabilita boekhouding ksiegowosc
        accounting billing facturacion faturamento facturation fatturazione facturatie
        assurance abogados avvocati advogados avocats kanzlei inmobiliaria imobiliaria
        immobiliare immobilier immobilien realty properties propiedades imoveis
        construcciones costruzioni construction construcoes bau reformas edilizia
        moda fashion textil muebles mobili meubles moveis furniture ferreteria
        ferramenta floristeria fioraio fleuriste florist joyeria gioielleria bijouterie
        juwelier joalheria jewelry fornecedor fornecedores proveedor proveedores
        fornitore fornitori fournisseur lieferant supplier mayorista grossiste wholesale
        llama llame llamanos chiama chiamaci chiamami appelez appelle rufen ruft call
        text escribenos scrivici ligue whatsappea
        mom mum mommy mummy dad daddy mama mami mamma mamae papa papi papai hubby wifey
        husband wife esposo esposa marido moglie marito nonna nonno abuela abuelo vovo
        fam familie family famille familia famiglia rodzina gezin household
        asesor asesora asesores consultor consultora consulente consulenti conseiller
        conseillere berater beraterin consultant advisor adviser agent agente agents
        agentes manager managerin director directora directeur directrice direttore
        direttrice diretor diretora direktor direktorin gerente titolare titular
        responsable responsabile responsavel geschaftsfuhrer geschaftsfuhrerin vendedor
        vendedora venditore venditrice vendeur vendeuse verkaufer verkauferin comercial
        commerciale representante rappresentante representant representative vertreter
        vertreterin propietario propietaria proprietario proprietaria proprietaire
        inhaber inhaberin owner founder cofounder fundador fundadora fondatore fondatrice
        fondateur grunder grunderin ceo cfo cto coo administrador administradora
        amministratore amministratrice administrateur administratrice jefe jefa
        coordinador coordinadora coordinatore coordinatrice coordinateur coordenador
        coordenadora koordinator koordinatorin secretaria segretaria secretaire
        sekretarin secretary abogado abogada avvocato avvocata avocat avocate advogado
        advogada anwalt anwaltin attorney arquitecto arquitecta architetto architetta
        architecte architekt architektin arquiteto arquiteta ingeniero ingeniera
        ingegnere ingenieur ingenieurin engenheiro engenheira engineer contable contador
        contadora commercialista comptable buchhalter buchhalterin contabilista
        accountant gestor gestora socio socia asistente assistente assistante
        assistentin assistant especialista specialista specialiste spezialist specialist
        recruiter recruteur recruteuse reclutador reclutadora selezionatore recrutador
        recrutadora headhunter influencer influencerin blogger bloggerin creator youtuber
        """
    )
)
# Stems of business, role and promotion words, matched anywhere inside a longer word,
# so that compounds count: "Büroservice", "Investmentberaterin", "Textilhandel",
# "Gewinnspiel", "Immobilienmakler". Each has five letters or more and is found in no
# given name of the gazetteer nor in Faker's surname lists (checked when this was
# written); shorter ones ("shop" in "Bishop", "bar" in "Barbara") are whole words only.
ORG_STEMS = tuple(
    _words(
        """
        service servic servizi dienst handel shops tienda negozi boutique magasin
        agenc agenz agentur asesor consult berater beratung consulen conseil premio
        gewinn promoc promoz promot ofert offert angebot rabatt descuent invest
        financ finanz immobil inmobil imobil market digital solution soluci soluz
        clinic klinik pizzer restaur ristor werkstatt import export vertrieb verkauf
        offizi oficial official ufficial support soporte suporte helpdesk gmbh leadgen
        fornecedor proveedor fornitor fournisseur lieferant supplier distribu grosshandel
        versicher assicura seguros insurance kanzlei abogad avvocat advogad realty
        travel viajes viaggi turism logistic logistik transport mudanza trasloch
        umzug limpieza pulizi nettoyage reinigung cleaning fitness gimnasio palestra
        beauty belleza bellezza estetic kosmetik peluquer parrucch coiffure friseur
        barbershop academ accadem akademie escuela scuola school instituto istituto
        technolog tecnolog technik software system sistem network telecom marketing
        inversion recruit recrut reclut staffing praktijk kliniek tandarts dental dentist
        physio fysio credit kredyt kredit prestamo emprestimo pozyczk atelier
        publicid pubblicit publicit werbung apartament apartment ferienwohnung catering
        eventos events veranstalt fotografi photograph foodtruck kitchen cocina cucina
        panader panett boulangerie backerei bakery pasteler pasticc konditor farmac pharma
        apotheke optica ottica optique zahnarzt tierarzt veterin autohaus carrozz
        concesionari concessionar automobil automovil autoservice garage officina
        muebles mobili meubles furniture ferreter ferrament florister fleurist joyeri
        gioiell bijout juwel jewelry wholesale mayorist grossist sorteo sorteio concorso
        giveaway lottery loteria lotteria casino crypto cripto bitcoin forex trading
        newsletter noticias notizie nachrichten manager direktor direttor directeur
        geschaftsfuhr vertreter verkaufer abteilung departament dipartiment departement
        reparto
        """
    )
)
# Words that make a profile a business when it does not start with a known given
# name: directions and places ("Büroservice Nord", "Casa Bella"), "Top", "Bar", and
# imperatives of calling ("Llama al Fijo de Casa"). After a given name they may be a
# surname ("Omer Bar", "Kanye West"), so then they are let through.
WEAK_ORG_WORDS = frozenset(
    _words(
        """
        nord sud sur norte est ovest oeste ouest north south east west ost
        casa home haus maison casas homes house top best super mega bar bars city
        centro center centre zentrum plaza ruf liga escribe scrivi burger mercado oma opa
        global
        """
    )
)
# Titles that open a clinic's or a practice's name as often as a person's ("Dr. Smile",
# "Doctor Muelas"): such a profile is a person only if a known given name follows.
DOCTOR_TITLES = frozenset(_words("dr dra doctor doctora doc prof profa professor dott"))
# Pet and short forms of given names in the languages beside English ("Pepe" for José,
# "Manu", "Kathi", "Tomek", "Zé") and pet names ("Mausi", "Flaca"). A channel profile
# that is only one of them is a nickname profile: it names no one a salesperson could
# address by it, so it gives no name (a name the customer writes still does). English
# short forms (Dave, Mike, Kate) are not here: English speakers use them as their
# working names, in signatures and on business cards; nor are Polish first-degree forms
# (Kasia, Ania, Kuba, Tomek, Bartek, Wojtek), which Polish adults sign with at work as
# English speakers sign "Kate"; the second-degree and child forms (Zosia, Madzia,
# Krzysiek, Grzesiek) stay nicknames. Written from general knowledge
# of each language, not from any chat; lower case, accents kept.
HYPOCORISTICS = frozenset(
    _words(
        """
        pepe pepito paco paquito pancho panchito manolo manolito lola lolita charo chelo
        concha conchi conchita chema chus chucho chuy curro fede fer javi dani santi rafa
        nacho kike quique juanjo juanma juancho juampi maite maru meche merche moncho
        nando nati paqui pili tere vero yoli guille goyo lucho lupe lupita luli memo
        beto cris ale sofi gabi caro tomi migue edu pato pati paty tito fito chencho
        encarni cata almu bea mili seba agus juli coque poli rulo chiqui nena nene flaca
        flaco gordo gorda negrita güero güera mija mijo chino china pochi
        zé zeca zezé juca chico cadu dudu duda guto guga lipe malu nanda bia gui tião vini
        fê rô jô cacá tata dinho zinho paulinho ricardinho fabinho necas quim tó nel mané
        juju lulu pri rê ju vivi kaká pepê tatá
        beppe peppe peppino pippo gigi mimmo nanni pino rino toto totò lele lello checco
        dado fra franci gabri gio giò betta bice fabi simo stefi silvi vale anto cate ele
        enri mati lollo tati ste robi cicci pupa
        benji clem coco dom doudou flo gab gaby guigui loulou mathou mimi pierrot
        polo seb steph titi zaza vinz mumu fanfan cath manu
        andi anni basti benni bine chrissi conny domi hanni hansi heini jojo kathi
        lene leni lisi lotti micha michi moni nicki olli pauli resi rike sabi sandi
        schorsch sepp seppl sigi steffi susi uli uschi vroni wasti willi wolfi tobi matze
        flori tini mausi schatzi hasi spatzi mäuschen bärchen
        zosia franek
        antek janek józek staszek krzysiek piotrek ewka madzia monia kamilka
        zbyszek mietek heniek kazik władek rysiek grześ grzesiek marcinek aga iwonka
        joop mies truus loes sjaak jopie hansje pietje henkie keesje jantje
        """
    )
)

# Family titles a profile puts before a given name ("Oma Joke", "Tía Carmen"): skipped like
# an honorific when a known given name follows (a name of their own otherwise).
FAMILY_TITLES = frozenset(
    _words(
        """
        oma opa tante oom nonna nonno zia zio tía tío tia tio abuela abuelo avó avô vovó
        vovô mamie papy babcia dziadek ciocia wujek granny grandma grandpa auntie aunty uncle
        """
    )
)
