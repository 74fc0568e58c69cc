"""Give Italian customer lines per intent, in template families, for the corpus generator."""

FAMILIES: dict[str, list[list[str]]] = {
    "quote_request": [
        [
            "Buongiorno, quanto costa da voi una seduta di igiene dentale?",
            "quanto viene la pulizia dei denti con sbiancamento?",
            "Vorrei sapere il costo di una visita e di un'otturazione, grazie.",
        ],
        [
            "Ci sposiamo a settembre, quanto chiedete per il servizio fotografico di tutta la giornata?",
            "quanto prendete per foto + video di un matrimonio? circa 120 invitati",
            "Salve, ci mandereste le vostre tariffe per un reportage di nozze in Toscana?",
        ],
        [
            "Quanto mi costerebbe un trasloco da un trilocale a Milano fino a Torino?",
            "mi fate una stima per traslocare un bilocale? 3° piano senza ascensore",
            "costo indicativo per un trasloco Roma-Napoli con smontaggio mobili?",
        ],
        [
            "Sono il responsabile acquisti di un gruppo alberghiero con otto strutture, vorremmo una quotazione per {qty} {product}.",
            "Lavoro nell'ufficio acquisti di una catena di cliniche: ci servirebbe la vostra migliore quotazione per {qty} {product}.",
            "Buongiorno, sono la buyer di una catena di negozi. Potreste inviarci una quotazione per {product}, quantità {qty}?",
        ],
        [
            "Fate sconti per quantità se prendiamo {qty} {product}?",
            "se ne ordiniamo {qty} c'è uno sconto sul prezzo di {product}?",
            "che sconto applicate su {product} sopra i {qty} pezzi?",
        ],
        [
            "Qual è il prezzo unitario se ordiniamo {qty} {product}?",
            "prezzo al pezzo x {qty} {product}? iva esclusa",
            "quanto verrebbe al singolo pezzo un ordine di {qty} {product}?",
        ],
        [
            "Quanto costa l'abbonamento annuale in palestra?",
            "prezzi abbonamento mensile? c'è anche la quota d'iscrizione?",
            "quanto viene l'abbonamento piscina + sala pesi per un trimestre?",
        ],
        [
            "Vorrei sapere il costo del corso serale di inglese, livello B1.",
            "quanto costa il corso intensivo di tedesco di un mese?",
            "Che retta ha il corso di spagnolo per adulti? Quante ore sono incluse?",
        ],
        [
            "Quanto costa prendere la patente B da voi, tutto compreso?",
            "prezzo del pacchetto guide + esame di teoria e pratica?",
            "mi dite quanto viene ogni singola lezione di guida?",
        ],
        [
            "Potreste farmi un preventivo per rifare il bagno? Sono circa 6 mq.",
            "quanto costerebbe ristrutturare un appartamento di 80 mq chiavi in mano?",
            "Ci servirebbe un preventivo di massima per rifare pavimenti e impianto elettrico di una casa degli anni '70.",
        ],
        [
            "Quanto costa installare un impianto fotovoltaico da 6 kW con accumulo?",
            "a grandi linee quanto verrebbe il fotovoltaico sul tetto di una villetta?",
            "Vorrei una cifra indicativa per pannelli e batteria, consumo circa 4000 kWh l'anno.",
        ],
        [
            "Ci servirebbe una proposta per un catering aziendale, {qty} persone, pranzo a buffet.",
            "che prezzi avete per il catering di una festa di compleanno? saremo circa {qty}",
            "Potreste inviarci una proposta economica per un aperitivo di inaugurazione per {qty} ospiti?",
        ],
        [
            "Quanto costa noleggiare un'auto per una settimana ad agosto?",
            "tariffa noleggio furgone per un weekend?",
            "quanto viene una utilitaria a noleggio per 3 giorni con km illimitati?",
        ],
        [
            "Che prezzi hanno i vostri piani per un team di {qty} utenti?",
            "il piano base non ci interessa, quanto costa l'enterprise per {qty} persone?",
            "Avete un listino per gli abbonamenti annuali del gestionale? Ci interessa la fatturazione annuale.",
        ],
        [
            "Vorrei un preventivo per l'assicurazione auto, è una Panda del 2019.",
            "quanto mi verrebbe una polizza casa contro incendio e furto?",
            "Fate preventivi per la RC professionale? Sono geometra libero professionista.",
        ],
        [
            "Quanto chiedete per tenere la contabilità di una piccola srl?",
            "che onorario avete per il 730 di un lavoratore dipendente?",
            "Mi indicate la vostra tariffa per la gestione paghe? Abbiamo 5 dipendenti.",
        ],
        [
            "Che tariffa avete per una camera doppia dal 12 al 15 agosto?",
            "quanto costa una notte in matrimoniale con colazione inclusa?",
            "prezzo di una tripla per il ponte del 2 giugno? mezza pensione",
        ],
        [
            "Siamo un'enoteca a Bologna, ci mandate il listino rivenditori dei vostri vini?",
            "avete prezzi all'ingrosso per il Prosecco? lo serviamo nel nostro bar",
            "Gestisco due ristoranti, mi servirebbe il listino horeca per olio e conserve.",
        ],
        [
            "Buongiorno, avete i prezzi in franchi per {product}? Siamo un'azienda di Lugano.",
            "quanto verrebbe la fornitura di {qty} {product} con consegna in Ticino, sdoganamento compreso?",
            "Ci fate un'offerta in CHF per {product}? Ne servirebbero circa {qty} per la sede di Bellinzona.",
        ],
        [
            "prezzo??",
            "costo?",
            "mi dici quanto viene?",
            "tariffe?",
        ],
        [
            "Quanto prendete per cambiare uno scaldabagno?",
            "costo di un intervento idraulico per una perdita sotto il lavello?",
            "quanto costa l'uscita dell'idraulico? anche di sabato",
        ],
        [
            "Quanto costa una seduta di fisioterapia?",
            "prezzo di un ciclo di 10 sedute di tecar per la spalla?",
            "Che tariffe avete per la riabilitazione post operatoria al ginocchio?",
        ],
        [
            "Mi servirebbe una quotazione per il kit frizione di un trattore Fiat 80-90.",
            "quanto costano i ricambi originali per una pompa idraulica di un escavatore?",
            "Avete un prezzo per i cuscinetti di un tornio? Mi serve un'offerta con i tempi di consegna.",
        ],
        [
            "Che tariffa oraria avete per le pulizie di un ufficio di 200 mq?",
            "quanto chiedete per una pulizia di fine cantiere?",
            "Mi fate un preventivo per le pulizie condominiali settimanali, 4 piani?",
        ],
        [
            "aò ma quanto me costa 'sto corso de cucina?",
            "uè quanto costa la torta per la comunione? per 30 persone",
            "ciao, ma in soldoni quanto viene? dimmi una cifra più o meno",
        ],
        [
            "Quanto costa il pacchetto 7 notti all inclusive per due persone in {country}?",
            "prezzi dei vostri viaggi organizzati in {country} per settembre?",
            "Ci preparate una proposta di viaggio di nozze in {country}, 12 giorni, volo compreso?",
        ],
        [
            "Vorremmo affittare la sala per una festa di laurea, che prezzi fate?",
            "quanto costa l'affitto della villa per un ricevimento di sabato?",
            "Che costo ha la location per una cena aziendale di 80 persone, servizio incluso?",
        ],
        [
            "La lavatrice non scarica più e l'oblò resta bloccato, quanto chiedete per una riparazione a domicilio?",
            "ciao, lo scaldabagno non scalda più, quanto costerebbe far venire un tecnico?",
            "La tapparella del soggiorno non si alza. Potete farmi un preventivo per la riparazione?",
        ],
    ],
    "opportunity": [
        [
            "Vorrei ordinare {qty} {product}, come posso pagare?",
            "voglio comprare {qty} {product} oggi, si può pagare con carta?",
            "prendo {qty} {product}, accettate il bonifico?",
        ],
        [
            "Vorrei prenotare una visita dal dentista per la prossima settimana.",
            "posso prenotare un controllo per mio figlio? anche di pomeriggio va bene",
            "C'è posto per una visita ortodontica giovedì? La fisserei subito.",
        ],
        [
            "Vorremmo prenotare un tavolo per 6 sabato sera.",
            "avete un tavolo libero stasera alle 21? siamo in 4",
            "mi tenete un tavolo per domenica a pranzo? 2 adulti e un bimbo",
        ],
        [
            "Sono pronto a procedere, quali sono i prossimi passi?",
            "ok ci siamo, come andiamo avanti?",
            "Va bene, partiamo. Cosa vi serve da parte mia?",
        ],
        [
            "Dove firmo?",
            "mandatemi il contratto che lo firmo oggi",
            "Perfetto, dove devo firmare per attivare il servizio?",
        ],
        [
            "Avete ancora in magazzino la bici elettrica da 27,5? Ne prenderei due.",
            "c'è disponibile l'iPhone 15 da 128 giga? lo prendo subito",
            "se avete la taglia M di quella giacca la compro, me la mettete da parte?",
        ],
        [
            "Riuscite a consegnare {qty} {product} a Bari entro venerdì? Se sì confermiamo l'ordine.",
            "potete consegnare entro fine mese? in quel caso ordiniamo subito",
            "ce la fate a spedire in {country} entro il 20? nel caso procedo con l'acquisto",
        ],
        [
            "Stiamo aprendo un nuovo negozio di cosmetici e cerchiamo un fornitore fisso per la linea viso.",
            "apriamo una gelateria a marzo e cerchiamo chi ci fornisca le basi e le cialde",
            "Nuova apertura bar in centro: cerchiamo un fornitore di caffè in grani per iniziare a lavorare insieme.",
        ],
        [
            "Mettetemi in lista d'attesa per il prossimo corso di ceramica.",
            "se si libera un posto a yoga avvisatemi, voglio iscrivermi",
            "aggiungetemi alla lista d'attesa per il modello nero pls",
        ],
        [
            "Vorrei iscrivermi in palestra, posso farlo direttamente online?",
            "mi voglio iscrivere al corso di nuoto per adulti, come faccio?",
            "Posso fare l'iscrizione oggi pomeriggio in sede? Porto già il certificato medico.",
        ],
        [
            "Vorrei acquistare la cucina componibile, si può pagare a rate?",
            "prendo il divano angolare ma mi servirebbe pagarlo in 3 rate, fattibile?",
            "Compro il portatile da voi se posso rateizzare con finanziamento a tasso zero.",
        ],
        [
            "Vorremmo attivare la prova gratuita del vostro gestionale per il nostro studio.",
            "possiamo avere una demo del software la prossima settimana? siamo in 15 in ufficio",
            "attivateci il trial, vogliamo provarlo con tutto il team",
        ],
        [
            "Non mi interessa il piano base, voglio passare direttamente all'enterprise.",
            "niente pacchetto standard, vogliamo subito il premium: come si attiva?",
            "il basic non ci basta, attivateci il piano pro per {qty} utenti",
        ],
        [
            "Vorrei fissare un sopralluogo per il rifacimento del tetto.",
            "potete venire a vedere la casa per la ristrutturazione? vorremmo iniziare a maggio",
            "Ci serve una ditta per imbiancare tutto l'appartamento, quando potete venire a iniziare?",
        ],
        [
            "Vorremmo bloccare la sala per il 14 settembre per il nostro matrimonio.",
            "è libera la villa il 3 giugno? la vorremmo opzionare per il ricevimento",
            "Vorrei riservare la location per una cena aziendale di 80 persone a dicembre.",
        ],
        [
            "Mi interessa tantissimo il corso di fotografia, come mi iscrivo?",
            "sono interessata al pacchetto trattamenti viso, vorrei prenotarne uno per sabato",
            "Interessato al noleggio a lungo termine della Golf, possiamo procedere?",
        ],
        [
            "Perfetto, mi sembra ottimo: facciamolo!",
            "ok mi avete convinto, andiamo avanti",
            "affare fatto, procediamo pure",
        ],
        [
            "Vorrei noleggiare un'auto dal 5 al 12 luglio con ritiro all'aeroporto di Catania.",
            "mi prenotate un furgone per sabato mattina?",
            "devo noleggiare una 7 posti per il ponte, la blocco adesso",
        ],
        [
            "Vorrei prenotare una camera doppia per il weekend del 20, me la confermate?",
            "prenotiamo due camere per 3 notti, mandateci la conferma",
            "Buongiorno, vorrei fare una riservazione per una singola dal 3 al 6 marzo.",
        ],
        [
            "Vorrei ordinare {product} con consegna in Ticino, posso pagare con TWINT?",
            "prendo subito due pezzi, si paga con TWINT o fattura in franchi?",
            "Ordiniamo dalla Svizzera: ci mandate la conferma d'ordine con pagamento su fattura?",
        ],
        [
            "Sono il titolare di un ristorante a Napoli, vorremmo ordinare da voi mozzarella e pomodori ogni settimana.",
            "abbiamo tre pizzerie e vorremmo diventare vostri clienti per la farina",
            "Gestisco un agriturismo e vorrei aprire un conto fornitura per i vostri salumi.",
        ],
        [
            "daje, lo prendo! come faccio a ordinare?",
            "vabbuò, me lo piglio. mi dite come pago?",
            "dai lo prendo, mi mandate il link per pagare?",
        ],
        [
            "Vorrei fissare una consulenza con il commercialista per aprire la partita iva.",
            "posso prenotare una prima consulenza con l'avvocato per la prossima settimana?",
            "Vorrei un appuntamento per una consulenza sul mutuo, quando siete disponibili?",
        ],
        [
            "Vorrei ordinare un mazzo di rose rosse da consegnare domani mattina.",
            "mi fate una composizione di fiori per sabato? la ritiro io",
            "Vorremmo ordinare gli addobbi floreali per la chiesa, il matrimonio è il 10 ottobre.",
        ],
        [
            "Vi affidiamo il trasloco, per noi va bene il 15: mandateci pure la squadra.",
            "abbiamo deciso, facciamo il trasloco con voi. fissiamo la data?",
            "Confermiamo l'incarico per il trasloco dell'ufficio, quando potete iniziare?",
        ],
    ],
    "info_only": [
        [
            "Fino a che ora siete aperti ad agosto?",
            "fate orario continuato?",
            "siete aperti durante le feste di Natale?",
        ],
        [
            "C'è parcheggio vicino allo studio?",
            "si può parcheggiare davanti alla clinica?",
            "avete posti auto per i clienti o bisogna cercare in strada?",
        ],
        [
            "Che metodi di pagamento accettate?",
            "si può pagare con Satispay?",
            "prendete il bancomat o solo contanti?",
        ],
        [
            "Il corso di yoga va bene anche per chi non l'ha mai fatto?",
            "bisogna avere già delle basi per il corso di chitarra?",
            "È adatto ai principianti assoluti il corso di francese?",
        ],
        [
            "Mi dite le misure e il peso di {product}?",
            "quali sono le specifiche tecniche di {product}?",
            "mi date le dimensioni di {product}? più o meno",
        ],
        [
            "Le lenzuola sono in cotone al 100% o in misto?",
            "di che tessuto è il divano? è sfoderabile?",
            "Le magliette sono in cotone biologico o sintetico?",
        ],
        [
            "In quali paesi consegnate?",
            "la spedizione internazionale la fate? vivo in {country}",
            "arrivate anche in Svizzera o consegnate solo in Italia?",
        ],
        [
            "Qual è la vostra politica sui resi?",
            "se un capo non mi va bene posso restituirlo? entro quanti giorni?",
            "il reso è gratuito o si paga la spedizione?",
        ],
        [
            "Quanti anni di garanzia date su {product}?",
            "la garanzia copre anche i danni accidentali?",
            "Che garanzia date sui ricambi usati?",
        ],
        [
            "Vendete anche accessori per bici da corsa?",
            "trattate anche vini biologici?",
            "avete pure le cover per telefoni o solo i telefoni?",
        ],
        [
            "Sto solo dando un'occhiata, grazie.",
            "guardavo e basta per ora",
            "sto curiosando, niente di preciso",
        ],
        [
            "Ci penso su e vi faccio sapere.",
            "devo parlarne con mia moglie, poi vi dico",
            "ci rifletto un attimo, grazie intanto",
        ],
        [
            "Le lezioni sono online o in presenza?",
            "il corso si fa in aula o su zoom?",
            "La consulenza si può fare anche in videochiamata?",
        ],
        [
            "Parlate inglese? Mia madre non parla italiano.",
            "c'è qualcuno allo sportello che parla tedesco?",
            "il personale parla spagnolo?",
        ],
        [
            "Dove siete esattamente? Siete vicini alla stazione?",
            "come ci si arriva con i mezzi?",
            "siete in centro o in periferia?",
        ],
        [
            "Come funziona il noleggio a lungo termine? Cosa è incluso di solito?",
            "mi spiegate come funziona l'abbonamento? si può sospendere d'estate?",
            "Come funziona di preciso il vostro servizio di pulizie, portate voi i prodotti?",
        ],
        [
            "Di solito quanto ci mette una spedizione in Sardegna?",
            "in media in quanti giorni arriva un pacco?",
            "i tempi di consegna per le isole sono più lunghi?",
        ],
        [
            "Avete una sede in Ticino o solo in Italia?",
            "siete presenti anche a Lugano?",
            "Spedite in Svizzera con dogana già compresa o la paga il cliente?",
        ],
        [
            "Siete convenzionati con il Servizio Sanitario Nazionale?",
            "la fisioterapia da voi è convenzionata con le assicurazioni sanitarie?",
            "accettate la mutua o solo privatamente?",
        ],
        [
            "Che documenti servono per noleggiare un'auto?",
            "per il noleggio serve la carta di credito o va bene la prepagata?",
            "a che età si può fare la patente del motorino?",
        ],
        [
            "Il catering prevede anche opzioni vegane e senza glutine?",
            "fate menu per celiaci?",
            "Nei vostri buffet indicate gli allergeni?",
        ],
        [
            "L'hotel accetta animali?",
            "c'è l'ascensore? è accessibile in carrozzina?",
            "Le camere hanno l'aria condizionata?",
        ],
        [
            "Per {product}, sono compatibili con i modelli più vecchi?",
            "per quanto riguarda {product}: si possono usare anche all'esterno?",
            "Che certificazioni avete per {product}? Sono a norma CE?",
        ],
        [
            "ma voi siete un negozio fisico o solo online?",
            "si può venire a vedere di persona o vendete solo sul sito?",
            "Avete uno showroom dove toccare con mano i mobili?",
        ],
        [
            "Quanti allievi ci sono di solito per classe?",
            "i corsi sono di gruppo o individuali?",
            "Gli insegnanti sono madrelingua?",
        ],
    ],
    "support": [
        [
            "Il tracking dell'ordine {order} è fermo da 5 giorni.",
            "il codice di tracciamento non funziona, ordine {order}",
            "non trovo il numero di spedizione per {order}, me lo mandate?",
        ],
        [
            "Dovevate consegnare martedì e ancora niente, ordine {order}.",
            "il corriere non è mai passato, sono rimasto a casa tutto il giorno",
            "La consegna è in ritardo di una settimana, cosa sta succedendo?",
        ],
        [
            "Mi è arrivato l'articolo sbagliato: avevo ordinato il blu e mi avete mandato il rosso.",
            "nel pacco {order} c'era tutt'altra cosa",
            "taglia sbagliata, ho ordinato una L e mi è arrivata una S",
        ],
        [
            "Il tavolo è arrivato con una gamba rotta.",
            "la lavatrice consegnata ieri ha un'ammaccatura sul lato",
            "la bici aveva il deragliatore spaccato appena aperta la scatola, ordine {order}",
        ],
        [
            'L\'app mi dice "credenziali errate" ma la password è giusta.',
            "mi chiede il codice di verifica ma l'sms non arriva mai",
            "Dopo l'aggiornamento non riesco più a entrare nell'area clienti.",
        ],
        [
            "Mi potete rimandare la fattura dell'ordine {order}? Serve al commercialista.",
            "non ho ricevuto la fattura elettronica, la potete reinviare?",
            "Nella fattura manca la partita iva, potete correggerla e riemetterla?",
        ],
        [
            "Ho fatto il reso tre settimane fa e il rimborso non è ancora arrivato.",
            "a che punto è il mio rimborso per {order}?",
            "mi avevate detto 5 giorni per il rimborso ma ne sono passati 15",
        ],
        [
            "Devo disdire l'appuntamento dal dentista di giovedì.",
            "vorrei cancellare la prenotazione della camera, c'è una penale?",
            "annullate la mia prenotazione del tavolo per stasera, scusate",
        ],
        [
            "Posso spostare la lezione di guida di domani a venerdì?",
            "devo cambiare la data della prenotazione {order}, è possibile?",
            "Riusciamo a spostare il sopralluogo alla settimana prossima?",
        ],
        [
            "L'app si chiude appena la apro.",
            "l'app non carica, resta sulla schermata bianca",
            "da ieri l'app dà errore quando provo a pagare",
        ],
        [
            "Vorrei aprire una pratica di garanzia per {product} che ho comprato a marzo, ordine {order}.",
            "il telefono si spegne da solo ed è ancora in garanzia, come procedo?",
            "La caldaia che ci avete installato l'anno scorso perde acqua: rientra nella garanzia?",
        ],
        [
            "Sono molto deluso dal servizio di pulizia di ieri, hanno lasciato tutto sporco.",
            "vergognoso, il tecnico non si è presentato e nessuno ci ha avvisato",
            "Voglio fare un reclamo formale per come sono stato trattato in negozio.",
        ],
        [
            "Ho disdetto l'abbonamento in palestra ma continuate ad addebitarmi la quota.",
            "mi avete rinnovato in automatico il piano anche se l'avevo disattivato",
            "Mi è stato addebitato il mese di maggio nonostante la disdetta inviata ad aprile.",
        ],
        [
            "Nel pacco mancano due pezzi, ordine {order}.",
            "ho ricevuto {qty} pezzi invece del doppio che avevo ordinato",
            "Sono arrivati solo 3 colli su 5, gli altri dove sono?",
        ],
        [
            "Il nostro sito ospitato da voi è giù da stamattina.",
            "il server non risponde e le mail aziendali non arrivano",
            "errore 500 sul sito da un'ora, potete controllare?",
        ],
        [
            "Posso cambiare l'indirizzo di consegna dell'ordine {order}? Ho sbagliato il civico.",
            "ho messo il CAP sbagliato, fate in tempo a correggerlo?",
            "Devo modificare il destinatario della spedizione {order}, è già partita?",
        ],
        [
            "L'impianto fotovoltaico che ci avete montato segnala un errore sull'inverter.",
            "i pannelli non producono niente da 3 giorni, potete mandare un tecnico?",
            "Dall'app di monitoraggio risulta produzione zero da lunedì, cosa succede?",
        ],
        [
            "Ho avuto un incidente, come apro il sinistro sulla mia polizza?",
            "ho mandato la denuncia del sinistro due settimane fa e nessuno mi ha risposto",
            "A che punto è la liquidazione del mio sinistro? Pratica {order}.",
        ],
        [
            "ragazzi ma il mio pacco?? {order}",
            "ancora niente... ma è possibile??",
            "ma che fine ha fatto la mia roba? è un mese che aspetto",
        ],
        [
            "Il pacco è fermo alla dogana di Chiasso da una settimana, ordine {order}.",
            "mi avete fatto pagare lo sdoganamento in franchi ma non era previsto",
            "La posta svizzera mi chiede dei dazi per l'ordine {order}, non dovevano essere inclusi?",
        ],
        [
            "Abbiamo ricevuto {qty} {product} ma metà non funziona.",
            "abbiamo un problema con {product} dell'ordine {order}, non funzionano come dovrebbero",
            "Dei {qty} pezzi arrivati ieri, diversi hanno difetti di fabbrica: come facciamo la sostituzione?",
        ],
        [
            "Ho pagato il corso online ma non ho ancora ricevuto le credenziali per accedere.",
            "non vedo le lezioni nella mia area riservata anche se ho già pagato",
            "Il link per la lezione di stasera non funziona, potete rimandarlo?",
        ],
        [
            "Il noleggio mi ha addebitato 300 euro di danni che non ho fatto.",
            "mi avete trattenuto la cauzione dell'auto senza motivo",
            "Contesto l'addebito per il pieno: ho riconsegnato la macchina con il serbatoio pieno.",
        ],
    ],
    "not_interested": [
        [
            "L'ho già comprato altrove, grazie.",
            "abbiamo già preso tutto in un altro negozio",
            "già acquistato online, grazie comunque",
        ],
        [
            "Il progetto è stato cancellato, quindi non ci serve più niente.",
            "hanno bloccato il budget, il progetto salta",
            "La ristrutturazione non si fa più, lasciate pure stare.",
        ],
        [
            "Grazie per esservi fatti risentire, ma abbiamo deciso di non procedere.",
            "grazie per il preventivo, però alla fine non andiamo avanti",
            "Apprezzo il vostro richiamo, ma per ora la risposta è no.",
        ],
        [
            "Disiscrivetemi dalla newsletter.",
            "voglio annullare l'iscrizione alle vostre email promozionali",
            "STOP",
            "disiscrivimi",
        ],
        [
            "Avete sbagliato numero.",
            "guardi che ha sbagliato persona, non sono io",
            "numero sbagliato, non conosco questa azienda",
        ],
        [
            "Non ho mai chiesto informazioni, perché mi scrivete?",
            "io non vi ho mai contattato",
            "Non ho richiesto nessun preventivo, dev'essere un errore.",
        ],
        [
            "Forse l'anno prossimo, adesso non è il momento.",
            "riparliamone più avanti, ora proprio no",
            "magari fra qualche mese, per quest'anno passiamo",
        ],
        [
            "Non contattatemi mai più.",
            "è la terza volta che chiamate, basta!",
            "basta messaggi per favore, non li voglio",
        ],
        [
            "Abbiamo risolto internamente, non ci serve più.",
            "alla fine ce la siamo cavata da soli",
            "Ho trovato un'altra soluzione, grazie lo stesso.",
        ],
        [
            "No, il corso non mi interessa affatto.",
            "non mi interessa né il piano base né quello premium",
            "nessun interesse, grazie",
        ],
        [
            "Ho cambiato idea, non se ne fa niente.",
            "ci ho ripensato, lascio perdere",
            "Scusate, ho cambiato programma e non mi serve più la prenotazione che volevo fare.",
        ],
        [
            "Abbiamo chiuso l'attività, non ci serve più nulla.",
            "mi sono trasferito all'estero, la palestra non mi serve più",
            "Il negozio ha chiuso, cancellate pure il nostro contatto.",
        ],
        [
            "Abbiamo trovato un'offerta migliore, passiamo.",
            "un altro ci ha fatto un prezzo più basso, grazie lo stesso",
            "La concorrenza ci ha proposto condizioni più vantaggiose, per cui declino.",
        ],
        [
            "nun me serve niente, grazie",
            "no no lascia sta'",
            "ma no dai, non fa per me",
            "nah, passo",
        ],
        [
            "La ringrazio, ma per il momento rinunciamo.",
            "Ringraziamo per la vostra offerta ma abbiamo optato per un'altra soluzione.",
            "Con la presente vi comunichiamo che non daremo seguito alla vostra proposta.",
        ],
        [
            "Cancellate i miei dati dal vostro database ai sensi del GDPR.",
            "non autorizzo il trattamento dei miei dati, eliminatemi",
            "Revoco il consenso al marketing, non voglio più ricevere comunicazioni.",
        ],
        [
            "Il mio capo ha detto di no, mi dispiace.",
            "la direzione non ha approvato l'acquisto",
            "Il consiglio di amministrazione ha bocciato la spesa, quindi niente.",
        ],
        [
            "Abbiamo già un contratto in corso con un altro fornitore fino al 2027.",
            "siamo già coperti, abbiamo un'assicurazione con un'altra compagnia",
            "ho già il mio commercialista di fiducia, grazie",
        ],
        [
            "Ho provato la demo ma non fa al caso nostro.",
            "dopo la prova gratuita abbiamo deciso di non abbonarci",
            "La lezione di prova non mi è piaciuta, non continuo.",
        ],
        [
            "Assolutamente no.",
            "no, sono a posto così",
            "no grz",
        ],
        [
            "Non è più una priorità per noi, chiudete pure la pratica.",
            "per noi la cosa non è più urgente, lasciamo perdere",
            "Abbiamo cambiato priorità aziendali, non ci interessa più.",
        ],
        [
            "Non chiamatemi al lavoro, non sono interessato.",
            "smettetela di telefonarmi all'ora di cena",
            "Non voglio essere richiamato, grazie.",
        ],
        [
            "Non siamo interessati a {product}, abbiamo già tutto quello che serve.",
            "di {product} ne abbiamo a sufficienza, non ordiniamo altro",
            "Per quanto riguarda {product}, non ci servono: siamo già riforniti.",
        ],
        # declining after a quote: the quote word in a refusal
        [
            "Grazie per il preventivo, ma abbiamo scelto un altro fornitore. Potete chiudere la richiesta.",
            "avevo chiesto un preventivo la settimana scorsa ma alla fine l'abbiamo preso da un altro negozio",
            "Vi chiedo di annullare la mia richiesta di preventivo, abbiamo trovato un'offerta migliore.",
        ],
    ],
    "spam": [
        [
            "Salve, ho notato che il vostro sito non compare su Google per parole chiave importanti, possiamo aiutarvi.",
            "Ho dato un'occhiata al vostro sito web e ho trovato 17 errori che vi fanno perdere clienti.",
            "il vostro sito carica lentamente, vi mando un'analisi gratuita?",
        ],
        [
            "Gentile redazione, accettate guest post con link dofollow sul vostro blog?",
            "offro articoli gratuiti per il vostro blog in cambio di un backlink",
            "Vorrei proporvi un articolo sponsorizzato da pubblicare sul vostro sito, con link al nostro cliente.",
        ],
        [
            "Vendiamo liste di contatti B2B verificati per il vostro settore: 10.000 indirizzi a 99€.",
            "database aziende italiane aggiornato al mese scorso, vi interessa?",
            "Forniamo elenchi di email di decision maker pronti per le vostre campagne.",
        ],
        [
            "Siamo un team di sviluppatori offshore: creiamo app e siti a 15$/ora.",
            "esternalizzate il vostro customer service con noi e risparmiate il 60%",
            "Offriamo personale remoto per data entry e contabilità a costi bassissimi.",
        ],
        [
            "Ciao! Sono un'influencer con 80k follower, vi propongo una collaborazione: prodotti in cambio di post.",
            "collab? ti faccio una storia su IG in cambio di un omaggio",
            "Creo contenuti UGC per brand come il vostro, vi mando il mio media kit?",
        ],
        [
            "Salve, sono il business developer di {company} e vorremmo proporvi una partnership commerciale.",
            "{company} cerca partner nella vostra zona per un programma di affiliazione con commissioni del 30%",
            "Buongiorno, scrivo per conto di {company}: vi proponiamo una collaborazione di co-marketing.",
        ],
        [
            "Lavoro da casa! Guadagna 300€ al giorno mettendo like, scrivimi.",
            "cerchiamo personale per semplici mansioni online, assunzione immediata",
            "Offerta di lavoro: assistente remoto, 2 ore al giorno, paga settimanale. Rispondi SI per info.",
        ],
        [
            "Gentile signore, sono l'avvocato di un defunto cliente con il suo stesso cognome, che ha lasciato un'eredità di 4,5 milioni.",
            "ho bisogno del vostro aiuto per trasferire un fondo all'estero, riceverete il 30%",
            "Sono una vedova malata e desidero donare la mia fortuna a una persona onesta come lei.",
        ],
        [
            "Il suo pacco è bloccato in dogana. Paghi 1,99€ per lo sblocco: {link}",
            "Consegna non riuscita per indirizzo incompleto, riprogramma qui {link}",
            "Spedizione in giacenza: conferma i tuoi dati entro 48 ore su {link}",
        ],
        [
            "La sua carta è stata bloccata per motivi di sicurezza, acceda qui {link}",
            "Gentile cliente, abbiamo rilevato un accesso sospetto: verifichi il conto entro 24 ore {link}",
            "Il tuo profilo SPID verrà disattivato, aggiorna i dati su {link}",
        ],
        [
            "In allegato la fattura n. 4471 scaduta, si prega di saldare subito tramite {link}",
            "Sollecito di pagamento: la fattura risulta insoluta, scarica il documento da {link}",
            "Ultimo avviso prima del recupero crediti, regolarizzi la posizione su {link}",
        ],
        [
            "Per sbloccare il premio acquista 3 carte regalo Google Play e mandami i codici.",
            "sono il direttore, mi servono urgentemente delle gift card per un cliente, compramele e mandami le foto",
            "Riscatta la tua carta regalo da 500€ prima che scada oggi: {link}",
        ],
        [
            "Inoltra questo messaggio a 10 contatti o avrai sfortuna per 7 anni.",
            "WhatsApp diventerà a pagamento! condividi con tutti per restare gratis",
            "Girate a tutti: da domani cambiano le regole, non accettate chiamate da numeri sconosciuti!!!",
        ],
        [
            "Ciao bello, sono sola stasera, guarda le mie foto {link}",
            "ragazze single nella tua zona vogliono conoscerti {link}",
            "Incontri discreti senza impegno, iscriviti gratis su {link}",
        ],
        [
            "Con il nostro corso di forex passerai da 0 a 10.000€ al mese.",
            "segnali forex VIP, 95% di trade vincenti, entra nel gruppo Telegram",
            "Piattaforma di investimento autorizzata: rendimento fisso del 20% al mese, deposito minimo 250€.",
        ],
        [
            "{link} {link} offerta imperdibile!!!",
            "clicca qui >>> {link}",
            "sconti fino al 90% su tutto {link}",
        ],
        [
            "Vi interessa avere 50 nuovi clienti al mese? Lavoriamo solo a risultato.",
            "garantiamo appuntamenti qualificati con decisori, paghi solo se funziona",
            "Riempiamo la vostra agenda di clienti con campagne Facebook mirate.",
        ],
        [
            "Buongiorno, sono il responsabile commerciale di {company}: offriamo siti e-commerce chiavi in mano da 499€.",
            "sono consulente di {company}, possiamo abbattere le vostre bollette di luce e gas del 30%",
            "Chiamo da {company}: abbiamo un'offerta esclusiva per passare alla nostra fibra aziendale.",
        ],
        [
            "Vendiamo recensioni positive su Google e TripAdvisor, 5 stelle garantite.",
            "aumenta le recensioni del tuo locale, pacchetto da 50 recensioni",
            "Vi facciamo salire in cima su Google Maps con recensioni reali, prezzi a partire da 49€.",
        ],
        [
            "Il suo numero è stato estratto alla lotteria internazionale di {country}, contatti l'agente per ritirare la vincita.",
            "Sei il visitatore fortunato di oggi! Ritira subito la tua vincita: {link}",
            "Avviso ufficiale: è risultato vincitore di 850.000€, serve solo pagare le spese di trasferimento.",
        ],
        [
            "Il dominio del vostro sito scade oggi, rinnovatelo subito su {link}",
            "Avviso: registrazione del marchio in scadenza, versate la quota per non perdere i diritti.",
            "Iscrizione obbligatoria al registro imprese online: completate il pagamento su {link}",
        ],
        [
            "Prestiti veloci senza busta paga, anche a protestati.",
            "finanziamenti a fondo perduto per la tua azienda, ti aiutiamo noi con la pratica",
            "Siamo una società di consulenza e otteniamo contributi pubblici per la vostra impresa, compenso solo a successo.",
        ],
        [
            "Gestiamo i vostri social a 199€/mese, post e reel inclusi.",
            "Sono social media manager freelance, vi va se vi preparo un piano editoriale gratuito?",
            "Possiamo far crescere il vostro profilo Instagram di 5000 follower in un mese.",
        ],
        [
            "Buongiorno, siamo {company} e produciamo {product} a prezzi di fabbrica: vi mandiamo il nostro catalogo?",
            "Fornitore diretto dalla Cina di {product}, cerchiamo rivenditori in Italia. Vi interessa il nostro listino?",
            "Vi proponiamo {product} a marchio vostro, produzione in {country} e consegna in 30 giorni.",
        ],
    ],
}
