"""Give German customer lines per intent, in template families, for the corpus generator."""

FAMILIES: dict[str, list[list[str]]] = {
    "quote_request": [
        [
            "Was würde ein Umzug von einer 3-Zimmer-Wohnung innerhalb von Hamburg ungefähr kosten?",
            "Grüezi, was kostet bei Ihnen das Zügeln einer 3.5-Zimmer-Wohnung von Bern nach Zürich?",
            "mit welchen kosten muss ich für nen umzug rechnen? 80 qm, 3. stock ohne aufzug",
        ],
        [
            "Könnten Sie uns eine Offerte für die Reinigung unserer Büroräume machen? Es sind ca. 400 m².",
            "bitte um Offerte für eine wöchentliche Büroreinigung, zwei Etagen",
            "Wir hätten gern eine Offerte für die Unterhaltsreinigung unserer Praxis, 2x pro Woche.",
        ],
        [
            "Ich bin Einkaufsleiter bei einer Hotelgruppe mit fünf Häusern, wir bräuchten Konditionen für {qty} {product}.",
            "Ich arbeite im Einkauf einer Klinikkette. Welche Preise könnten Sie uns für {qty} {product} machen?",
            "Als Beschaffungsverantwortliche einer Stadtverwaltung benötige ich Preisinformationen zu {product}, Menge ca. {qty}.",
        ],
        [
            "Was verlangen Sie für eine Hochzeitsreportage, also den ganzen Tag?",
            "wie viel nimmst du für hochzeitsfotos, so ca 8 stunden?",
            "Was kostet bei Ihnen eine Fotografin für unsere Hochzeit im Juni, Trauung plus Feier?",
        ],
        [
            "Gibt es Staffelpreise, wenn wir {qty} {product} abnehmen?",
            "ab welcher menge wirds bei den {product} günstiger? wir denken so an {qty}",
            "Gewähren Sie einen Mengenrabatt bei Abnahme von {qty} {product}?",
        ],
        [
            "Wie hoch ist Ihr Stundensatz für Sanitärarbeiten?",
            "was nimmt ein installateur bei euch pro stunde, plus anfahrt?",
            "Was kostet die Arbeitsstunde beim Klempner inklusive Anfahrtspauschale?",
        ],
        [
            "Was würde eine PV-Anlage mit 10 kWp auf einem Einfamilienhaus grob kosten?",
            "Mit wie viel müsste ich für eine Solaranlage aufs Dach rechnen? Ca. 60 m² Dachfläche, Südseite.",
            "Können Sie mir eine grobe Kostenschätzung für Photovoltaik inklusive Speicher geben?",
        ],
        [
            "Was kostet Ihr Catering pro Person bei etwa 80 Gästen?",
            "was wär der preis pro kopf fürs buffet? firmenfeier mit ca {qty} leuten",
            "Mit welchem Preis pro Person müssen wir beim Catering für eine Taufe rechnen?",
        ],
        [
            "Welche Tarife haben Sie für ein Team mit 25 Nutzern?",
            "was kostet euer business-plan bei jährlicher zahlung?",
            "Wie hoch sind die Lizenzkosten pro User und Monat bei Ihrer Projektsoftware?",
        ],
        [
            "Könnten Sie mir Ihre aktuellen Händlerpreise zukommen lassen? Wir führen ein Modegeschäft in Graz.",
            "schickt ihr mir bitte mal die großhandelspreise für bettwäsche und handtücher? sind ein kleines hotel",
            "Wir sind ein Textilgroßhandel und hätten gern Ihre Einkaufspreise für Arbeitskleidung.",
        ],
        [
            "Nur mal so grob über den Daumen: was kostet bei euch eine Badsanierung?",
            "Können Sie mir eine ungefähre Hausnummer für die Sanierung eines 6 m² Bades nennen?",
            "ganz grob, in welchem preisrahmen bewegt sich eine komplette küchenrenovierung?",
        ],
        [
            "Wie viel kostet ein Mietwagen für eine Woche ab Flughafen Wien?",
            "was zahlt man bei euch für nen kombi übers wochenende?",
            "Was würde die Miete eines Transporters für zwei Tage kosten, Kilometer inklusive?",
        ],
        [
            "Was kostet der Führerschein Klasse B bei Ihnen insgesamt?",
            "wie teuer ist eine fahrstunde und wie hoch ist die grundgebühr?",
            "Wie viel muss ich für den Autoführerschein komplett einplanen, inkl. Prüfungsgebühren?",
        ],
        [
            "Wie wäre der Stückpreis, wenn wir {qty} {product} bestellen?",
            "Wo läge der Einzelpreis bei einer Abnahme von {qty} {product}?",
            "preis pro stück bei {qty} {product}, inkl. versand nach {country}?",
        ],
        [
            "Was würde mich eine Betriebshaftpflicht für meinen Handwerksbetrieb im Jahr kosten?",
            "wie hoch wäre der beitrag für eine berufshaftpflicht? sind 3 mitarbeiter",
            "Können Sie mir ausrechnen, was eine Hausratversicherung für 90 m² monatlich kostet?",
        ],
        [
            "Was verlangt ihr für die laufende Buchhaltung einer kleinen GmbH?",
            "Wie hoch wäre Ihr Honorar für den Jahresabschluss eines Einzelunternehmens?",
            "Welche Pauschale berechnen Sie für die Lohnabrechnung von 12 Mitarbeitenden?",
        ],
        [
            "Bitte erstellen Sie uns ein unverbindliches Angebot für die Anmietung Ihres Saals am 14. September, ca. 120 Personen.",
            "wir suchen eine location für die weihnachtsfeier, was würde die raummiete inkl. getränkepauschale kosten?",
            "Könnten Sie uns einen Vorschlag mit Preisen für eine Tagung mit 40 Teilnehmenden schicken, inklusive Technik?",
        ],
        [
            "Was würdet ihr für eine einfache Website mit fünf Unterseiten berechnen? Wir sind eine Zahnarztpraxis.",
            "Wir sind ein Handwerksbetrieb und suchen jemanden für unseren Onlineshop. Mit welchen Kosten müssten wir rechnen?",
            "Was kostet bei Ihnen das Webhosting für einen kleinen Shop mit eigener Domain?",
        ],
        ["Preis?", "kosten??", "wie teuer is der spaß?", "was kost des?"],
        [
            "Was kostet ein Deutsch-Intensivkurs A1 bei Ihnen?",
            "Welche Kursgebühren fallen für den Abendkurs Spanisch an?",
            "wie viel kostet der englischkurs für anfänger pro semester?",
        ],
        [
            "Ich bräuchte einen Richtpreis für {product}, Größenordnung {qty} Stück.",
            "Können Sie mir einen groben Richtwert für {qty} {product} geben? Nur für unsere Budgetplanung.",
        ],
        [
            "Zu welchem Preis bekommen wir den Grünen Veltliner, wenn wir 20 Kartons nehmen?",
            "Wir sind ein Weinlokal in Wien: was zahlen wir bei Ihnen pro Flasche Riesling ab 60 Flaschen?",
            "was würde uns eine palette rotwein für die gastro kosten?",
        ],
        [
            "Was kostet bei Ihnen eine Physiotherapie-Einheit als Selbstzahler?",
            "wie viel verlangt ihr für 45 min massage ohne rezept?",
            "Welche Gebühr fällt für eine osteopathische Behandlung an, wenn ich privat zahle?",
        ],
        [
            "Unsere Waschmaschine pumpt nicht mehr ab und die Tür bleibt zu, was kostet bei Ihnen eine Reparatur vor Ort?",
            "hallo, die heizung geht seit gestern nicht, was nehmt ihr für einen techniker-einsatz?",
            "Das Garagentor lässt sich nicht mehr öffnen. Können Sie mir sagen, was eine Reparatur mit Anfahrt kostet?",
        ],
    ],
    "opportunity": [
        [
            "Ich möchte heute drei Stück kaufen, kann ich mit Karte zahlen?",
            "nehm zwei, geht auch überweisung?",
            "Ich nehme das Velo, kann ich mit TWINT bezahlen?",
            "Ich würde das E-Bike gern kaufen, ist Ratenzahlung möglich?",
        ],
        [
            "Kann ich einen Termin für eine professionelle Zahnreinigung buchen?",
            "Hätten Sie nächste Woche einen Termin für eine Kontrolle frei? Ich würde gern kommen.",
            "Ich möchte gerne einen Termin zur Zahnreinigung ausmachen, am liebsten vormittags.",
        ],
        [
            "Passt alles, wir machen das. Was brauchen Sie jetzt noch von uns?",
            "ok, wir sind überzeugt. was ist der nächste schritt?",
            "Das Angebot passt für uns, wir möchten Ihnen den Auftrag erteilen.",
        ],
        [
            "Wo muss ich unterschreiben?",
            "schicken Sie mir den Vertrag, ich unterschreibe heute noch",
            "Her mit dem Vertrag, wir wollen loslegen.",
        ],
        [
            "Haben Sie {product} auf Lager? Dann würde ich gleich zwei nehmen.",
            "sind die {product} sofort lieferbar? ich würd direkt {qty} bestellen",
            "Falls die {product} vorrätig sind, nehmen wir {qty} Stück.",
        ],
        [
            "Können Sie {qty} {product} bis Ende nächster Woche nach {country} liefern? Dann bestellen wir.",
            "schafft ihr eine lieferung nach {country} bis freitag? dann nehmen wir die {product}",
        ],
        [
            "Wir eröffnen im Frühjahr einen Bioladen und suchen einen Lieferanten für Trockenware und Gewürze.",
            "Für unser neues Café suchen wir einen festen Lieferanten für Kaffeebohnen und Hafermilch.",
            "Wir machen im Herbst ein Blumengeschäft auf und brauchen einen Großhändler für Schnittblumen.",
        ],
        [
            "Bitte setzen Sie mich auf die Warteliste für den nächsten Kurs.",
            "kannst du mich auf die warteliste schreiben, falls wieder was frei wird?",
            "Tragen Sie mich bitte auf der Warteliste für das Modell in Schwarz ein.",
        ],
        [
            "Ich möchte für Samstagabend einen Tisch für sechs Personen reservieren.",
            "habt ihr morgen um 19 uhr noch einen tisch für 4? würden gern kommen",
            "Reservierung bitte: Freitag, 8 Personen, 20 Uhr.",
        ],
        [
            "Ich möchte mich im Fitnessstudio anmelden, geht das auch online?",
            "wie werd ich mitglied? will diesen monat noch anfangen",
            "Ich würde gern das Jahresabo bei Ihnen abschließen.",
        ],
        [
            "Wir möchten Sie für unsere Hochzeit am 21. Juni buchen, ist der Termin noch frei?",
            "Sind Sie am 3. August noch verfügbar? Wir würden Sie gern als Fotografin engagieren.",
            "wir wollen dich unbedingt für unsere hochzeit, wie können wir den termin fix machen?",
        ],
        [
            "Können wir einen Testzugang für 14 Tage bekommen? Wir wollen das Tool im Team einführen.",
            "Ich würde gern die kostenlose Testphase starten, wie aktiviere ich die?",
            "Bitte schalten Sie uns einen Trial für fünf Benutzer frei.",
        ],
        [
            "Klingt super, ich bin dabei!",
            "das hört sich gut an, machen wir so",
            "Passt perfekt, ich nehm's.",
        ],
        [
            "Nicht das Basis-Paket, ich will direkt das Premium-Paket abschließen.",
            "kein interesse am starter-tarif, wir nehmen gleich enterprise",
            "Das kleine Paket reicht uns nicht, wir wollen das große buchen.",
        ],
        [
            "Ich möchte vom 12. bis 19. Juli einen Kleinwagen mieten.",
            "Bitte reservieren Sie mir für Samstag einen Transporter, ich hole ihn um 8 Uhr ab.",
            "würde gern für die osterferien einen 7-sitzer bei euch mieten",
        ],
        [
            "Bitte buchen Sie uns ein Doppelzimmer vom 3. bis 6. Mai.",
            "Ich hätte gern zwei Einzelzimmer für nächste Woche, Montag bis Donnerstag.",
            "habt ihr noch ein zimmer für zwei nächte? würd's gleich fix machen",
        ],
        [
            "Ich bin Einkäuferin bei einer Baufirma und möchte {qty} {product} bestellen. Bitte schicken Sie mir eine Auftragsbestätigung.",
            "Als Facility Manager eines Bürokomplexes möchte ich {qty} {product} verbindlich bestellen.",
        ],
        [
            "Ich habe ein Rezept für sechsmal Physiotherapie, kann ich bei Ihnen einen Termin vereinbaren?",
            "bräuchte physio-termine wegen meiner schulter, habt ihr nächste woche was frei?",
        ],
        [
            "Ich möchte mich für den Italienischkurs ab Oktober anmelden.",
            "meldet mich bitte für den B1-kurs am abend an",
            "Ist im Französisch-Anfängerkurs noch ein Platz frei? Dann melde ich mich gleich an.",
        ],
        [
            "Ich hätte gern ein Beratungsgespräch vor Ort zur Solaranlage, wann passt es Ihnen?",
            "Können Sie bei uns vorbeikommen und sich das Dach für eine PV-Anlage anschauen? Wir wollen das heuer noch machen.",
        ],
        [
            "Wir möchten Sie ab nächstem Monat mit der Reinigung unserer Praxis beauftragen.",
            "ab märz hätten wir gern jede woche eine putzkraft von euch, können wir das so vereinbaren?",
        ],
        [
            "Bitte reservieren Sie mir {qty} {product}, ich hole sie morgen im Laden ab.",
            "könnt ihr mir {qty} {product} zurücklegen? komm am samstag vorbei und zahl bar",
        ],
        [
            "Wir möchten die Pauschalreise nach Kreta für zwei Erwachsene und ein Kind buchen.",
            "Die Rundreise im September gefällt uns, bitte für zwei Personen verbindlich buchen.",
            "wollen die woche mallorca all inclusive nehmen, wie buchen wir das?",
        ],
    ],
    "info_only": [
        [
            "Gibt es bei Ihnen Parkplätze für Kunden?",
            "kann man bei euch irgendwo parken?",
            "Grüezi, hat es Parkplätze bei der Praxis oder kommt man besser mit dem ÖV?",
        ],
        [
            "Welche Zahlungsarten akzeptieren Sie?",
            "kann man bei euch auch mit paypal oder klarna zahlen?",
            "Nehmt ihr Bargeld oder nur Karte?",
        ],
        [
            "Ist der Yogakurs auch für absolute Anfänger geeignet?",
            "muss man für den spanischkurs vorkenntnisse haben?",
            "Kann ich als Anfängerin einfach mitmachen oder braucht man Erfahrung?",
        ],
        [
            "Findet der Kurs online oder vor Ort statt?",
            "ist das präsenz oder per zoom?",
            "Läuft die Beratung per Video oder muss man persönlich vorbeikommen?",
        ],
        [
            "Sprechen Sie auch Englisch?",
            "spricht jemand von euch türkisch oder polnisch?",
            "In welchen Sprachen bieten Sie die Beratung an?",
        ],
        [
            "Wie lange habe ich bei Ihnen ein Rückgaberecht?",
            "Wer trägt bei einer Rücksendung die Versandkosten, Sie oder der Kunde?",
            "Wie sind eigentlich Ihre Umtauschbedingungen bei reduzierter Ware?",
        ],
        [
            "Wie lange gilt die Garantie auf Ihre {product}?",
            "gibt's auf die {product} herstellergarantie oder nur gesetzliche gewährleistung?",
            "Wie viele Jahre Garantie haben die {product}?",
        ],
        [
            "Welche Abmessungen und welches Gewicht haben die {product}?",
            "gibt es ein datenblatt zu den {product}?",
            "Wo finde ich die technischen Daten zu Ihren {product}?",
        ],
        [
            "Verkaufen Sie auch gebrauchte Fahrräder?",
            "führt ihr auch e-bikes oder nur normale velos?",
            "Gibt es bei Ihnen auch Ersatzteile für ältere Rasenmäher?",
        ],
        [
            "Ich schau mich nur ein bisschen um.",
            "bin nur am stöbern, danke",
            "Möchte mich erstmal nur informieren, noch nichts Konkretes.",
        ],
        [
            "Ich überlege es mir noch und melde mich dann.",
            "muss ich mir noch durch den kopf gehen lassen",
            "Ich bespreche das erst mit meinem Mann und sag dann Bescheid.",
        ],
        [
            "Wie lange dauert der Versand normalerweise?",
            "wie schnell liefert ihr so im schnitt?",
            "Mit welchem Paketdienst verschicken Sie?",
        ],
        [
            "Bieten Sie beim Catering auch vegane und glutenfreie Gerichte an?",
            "kann man beim buffet auf allergien rücksicht nehmen?",
            "Gibt es bei Ihren Menüs auch Halal-Optionen?",
        ],
        [
            "Sind die Handtücher aus Bio-Baumwolle?",
            "woraus sind die bezüge, polyester oder leinen?",
            "Sind Ihre Stoffe Oeko-Tex-zertifiziert?",
        ],
        [
            "Sind Hunde im Hotel erlaubt?",
            "darf man den hund mit aufs zimmer nehmen?",
            "Gibt es im Hotel einen Wellnessbereich, und ab wann ist der Check-in?",
        ],
        [
            "Habt ihr zwischen den Jahren offen?",
            "Sind Sie an Feiertagen erreichbar?",
            "Hat die Praxis über Ostern geöffnet?",
        ],
        [
            "Lässt sich Ihre Software mit DATEV verbinden?",
            "gibts eine schnittstelle zu shopify?",
            "Funktioniert die App auch offline auf dem Tablet?",
        ],
        [
            "Rechnen Sie direkt mit der Krankenkasse ab?",
            "Muss ich die Physiotherapie selbst zahlen oder übernimmt das die Kasse?",
            "nehmt ihr auch privatpatienten oder nur kassenpatienten?",
        ],
        [
            "Fallen die Jacken eher klein oder groß aus?",
            "Welche Größe sollte ich bei 1,80 m nehmen?",
            "gibts die sneaker auch in 46?",
        ],
        [
            "Ist Ihr Studio barrierefrei erreichbar?",
            "Gibt es einen Aufzug? Meine Mutter sitzt im Rollstuhl.",
        ],
        [
            "Werden Ihre {product} in Europa hergestellt?",
            "woher kommen die {product} eigentlich? made in germany?",
            "In welchem Land werden die {product} produziert?",
        ],
        [
            "Verkaufen Sie nur an Firmen oder auch an Privatpersonen?",
            "kann ich als privatkunde bei euch bestellen oder nur gewerblich?",
        ],
        [
            "Wie lange ist ein Gutschein bei Ihnen gültig?",
            "kann man gutscheine auch online einlösen?",
        ],
    ],
    "support": [
        [
            "Die Sendungsverfolgung für {order} zeigt seit fünf Tagen keinen Fortschritt.",
            "tracking von {order} hängt seit montag beim zoll",
            "Der Trackinglink zu meiner Bestellung {order} funktioniert nicht.",
        ],
        [
            "Ich habe {order} bekommen, aber es ist der falsche Artikel drin.",
            "statt der schwarzen jacke kam eine blaue, bestellung {order}",
            "Sie haben mir die falsche Größe geschickt ({order}), wie tausche ich das um?",
        ],
        [
            "Können Sie mir bitte eine Kopie der Rechnung zu {order} schicken?",
            "ich brauch die rechnung für {order} nochmal, für die buchhaltung",
            "Die Rechnung zu {order} muss auf unsere Firma ausgestellt werden, bitte korrigieren.",
        ],
        [
            "Ich habe die Ware vor drei Wochen zurückgeschickt und noch kein Geld erhalten.",
            "wann kommt endlich mein geld für {order} zurück?",
            "Wie ist der Stand bei meiner Gutschrift? Die Retoure ist laut Tracking längst angekommen.",
        ],
        [
            "Ich muss meinen Termin am Donnerstag leider absagen.",
            "Bitte stornieren Sie meine Hotelbuchung für das Wochenende.",
            "kann ich meine reservierung noch kostenlos stornieren?",
        ],
        [
            "Kann ich meinen Physiotermin von Dienstag auf Mittwoch verschieben?",
            "Wir müssen die gebuchte Feier von 60 auf 45 Personen reduzieren, geht das noch?",
            "Ich würde gern die Abholung vom Mietwagen um einen Tag nach hinten verlegen.",
        ],
        [
            "Die App stürzt seit dem letzten Update ständig ab.",
            "eure app zeigt bei mir nur noch einen weißen bildschirm",
            "Nach dem Login in der App kommt immer eine Fehlermeldung.",
        ],
        [
            "Die Kaffeemaschine ist nach acht Monaten kaputt, ich möchte das als Garantiefall melden.",
            "Der Akku von meinem E-Bike lädt nicht mehr, ist noch in der Garantie. Wie läuft die Reklamation?",
            "Ich möchte einen Garantieanspruch für die {product} aus Bestellung {order} geltend machen.",
        ],
        [
            "Ich bin sehr unzufrieden: der Handwerker kam zwei Stunden zu spät und hat Dreck hinterlassen.",
            "die reinigungskraft war heute gar nicht da und keiner hat bescheid gegeben",
            "So ein schlechter Service, ich warte seit einer Woche auf den versprochenen Rückruf.",
        ],
        [
            "Die Lieferung war für Dienstag angekündigt und ist immer noch nicht da.",
            "es hieß lieferung in 3 tagen, jetzt sind es schon 10",
            "Laut Bestätigung sollte das Sofa letzte Woche kommen, bisher hat sich niemand gemeldet.",
        ],
        [
            "Im Paket fehlt etwas: bei {order} waren nicht alle {qty} {product} dabei.",
            "beim aufbauen gemerkt dass schrauben fehlen, bestellung {order}",
        ],
        [
            "Mein Abo wurde trotz Kündigung weiter abgebucht.",
            "Warum wurde mir diesen Monat der volle Beitrag fürs Studio abgezogen, obwohl ich pausiert habe?",
        ],
        [
            "Kann ich die Lieferadresse für {order} noch ändern?",
            "hab mich bei der adresse vertippt, bestellung {order}, lässt sich das noch korrigieren?",
        ],
        [
            "Der Lizenzschlüssel, den ich bekommen habe, wird als ungültig angezeigt.",
            "wir haben 20 lizenzen gekauft aber nur die hälfte ist aktiviert",
        ],
        [
            "Unsere Website ist seit heute früh nicht erreichbar, liegt das an Ihrem Server?",
            "E-Mails über unser Hosting-Paket kommen seit gestern nicht mehr an.",
            "Unser Shop zeigt einen 500-Fehler, könnt ihr bitte nachschauen?",
        ],
        [
            "Ich bekomme den Bestätigungscode per SMS nicht und komme nicht ins Kundenkonto.",
            "hab eine neue handynummer und kann die zwei-faktor-anmeldung nicht mehr machen",
        ],
        [
            "Zwei der {product} aus Lieferung {order} haben Kratzer, bitte um Ersatz.",
            "Bei {order} sind die {product} verschmutzt angekommen, was machen wir jetzt?",
        ],
        [
            "Ich habe den Schaden vor drei Wochen gemeldet und noch keine Rückmeldung von der Versicherung.",
            "wie weit ist die bearbeitung von meinem wasserschaden? schadennummer habt ihr",
        ],
        [
            "Ich habe eine Mahnung erhalten, obwohl ich die Rechnung längst bezahlt habe.",
            "wieso krieg ich eine zahlungserinnerung? hab doch schon überwiesen",
        ],
        [
            "Der Installateur hat letzte Woche die Heizung repariert, jetzt tropft es schon wieder.",
            "Seit der Renovierung bekommen die Fliesen im Bad Risse, bitte schicken Sie jemanden vorbei.",
        ],
    ],
    "not_interested": [
        [
            "Danke fürs Nachfassen, aber wir haben beschlossen, das Projekt nicht weiterzuverfolgen.",
            "Vielen Dank für Ihre Rückmeldung, wir werden das Angebot jedoch nicht annehmen.",
            "Danke, dass Sie sich nochmal gemeldet haben – wir haben uns dagegen entschieden.",
        ],
        [
            "Hab's inzwischen woanders gekauft, danke.",
            "Wir haben die {product} mittlerweile bei einem anderen Händler bestellt.",
            "schon erledigt, haben woanders bestellt",
        ],
        [
            "Das Projekt wurde leider gestrichen, daher brauchen wir kein Angebot mehr.",
            "Der Umbau ist abgesagt, wir benötigen Ihre Leistungen nicht mehr.",
            "Die Messe findet nicht statt, also hat sich das erledigt.",
        ],
        [
            "Vielleicht nächstes Jahr wieder, aktuell nicht.",
            "Momentan passt es nicht, fragen Sie gern im Frühjahr nochmal.",
            "heuer wird das nix mehr, eventuell nächstes jahr",
        ],
        [
            "Abmelden",
            "STOP",
            "Bitte vom Newsletter abmelden.",
            "Ich möchte keine Werbung mehr von Ihnen bekommen.",
        ],
        [
            "Falsche Nummer.",
            "Da sind Sie falsch, ich bin nicht die Person, die Sie suchen.",
            "Ich glaube, Sie haben sich verwählt, ich kenne Ihre Firma gar nicht.",
        ],
        [
            "Ich habe nie etwas bei Ihnen angefragt, woher haben Sie meine Nummer?",
            "ich hab mich nirgends eingetragen, was soll das?",
            "Keine Ahnung, wer Ihnen meine Daten gegeben hat, ich habe nichts angefordert.",
        ],
        [
            "Hören Sie auf, mir ständig zu schreiben.",
            "jetzt reichts, lasst mich in ruhe",
            "Das ist die dritte Nachricht diese Woche, bitte unterlassen Sie das.",
        ],
        [
            "Löschen Sie bitte meine Kontaktdaten aus Ihrer Datenbank.",
            "Ich widerspreche der Nutzung meiner Daten gemäß DSGVO, bitte alles löschen.",
        ],
        [
            "Hat sich erledigt, wir haben das intern gelöst.",
            "wir machen das jetzt selber, trotzdem danke",
            "Unser Hausmeister hat es repariert, wir brauchen keinen Installateur mehr.",
        ],
        [
            "Kein Bedarf.",
            "derzeit kein bedarf, danke",
            "Danke, aber wir haben keinen Bedarf an {product}.",
        ],
        [
            "Preislich kommen wir da leider nicht zusammen, wir lassen es.",
            "Das sprengt unseren Rahmen, wir steigen aus.",
            "Für das Geld machen wir das nicht, danke.",
        ],
        [
            "Wir bleiben bei unserem bisherigen Lieferanten.",
            "Wir sind mit unserem aktuellen Anbieter zufrieden und wechseln nicht.",
            "Wir haben einen Rahmenvertrag mit einer anderen Firma, ein Wechsel kommt nicht infrage.",
        ],
        [
            "Die Geschäftsleitung hat sich gegen die Anschaffung entschieden.",
            "unser chef hat das budget gestrichen, wir bestellen nicht",
            "Der Vorstand hat die Investition nicht freigegeben, wir ziehen die Anfrage zurück.",
        ],
        [
            "ne, passt schon, brauch nix",
            "naa, dankschön, is ned nötig",
            "Merci, aber nein.",
        ],
        [
            "Wir haben unser Geschäft geschlossen, bitte keine Angebote mehr.",
            "Ich habe die Firma verkauft und bin nicht mehr zuständig.",
            "Die Praxis gibt es nicht mehr, Sie können den Kontakt löschen.",
        ],
        [
            "Danke für das Rabattangebot, aber ich verzichte auf die Verlängerung.",
            "Das Upgrade auf Premium möchte ich nicht, bitte nicht mehr anbieten.",
        ],
        [
            "Unterlassen Sie bitte weitere Werbeanrufe, sonst beschwere ich mich bei der Bundesnetzagentur.",
            "keine anrufe mehr auf diese nummer, danke",
        ],
        [
            "Wir haben inzwischen einen anderen Fotografen gebucht.",
            "Die Hochzeitsfotos macht jetzt ein Freund von uns, wir brauchen Sie nicht.",
            "Wir feiern jetzt doch in einer anderen Location, trotzdem danke.",
        ],
        [
            "Ich bin nicht mehr interessiert an {product}, die Sache ist für uns vom Tisch.",
            "Interesse besteht leider keins mehr, das Thema ist durch.",
        ],
        # declining after a quote: the quote word in a refusal
        [
            "Danke für das Angebot, wir haben uns aber für einen anderen Anbieter entschieden. Sie können die Anfrage schließen.",
            "hatte letzte woche ein angebot angefragt, haben aber schon woanders bestellt, trotzdem danke",
            "Bitte stornieren Sie meine Angebotsanfrage, wir haben ein günstigeres Angebot gefunden.",
        ],
    ],
    "spam": [
        [
            "Hallo, wir würden gern einen Gastartikel mit Backlink auf Ihrem Blog veröffentlichen. Was verlangen Sie dafür?",
            "Bieten Sie bezahlte Gastbeiträge an? Wir zahlen 80 € pro Artikel mit Dofollow-Link.",
        ],
        [
            "Mir ist aufgefallen, dass Ihre Website auf dem Handy sehr langsam lädt. Wir können das für Sie beheben.",
            "Ich habe mir Ihre Seite angesehen, da wird viel Potenzial verschenkt. Darf ich Ihnen ein kostenloses Audit schicken?",
        ],
        [
            "Wir verkaufen verifizierte B2B-Kontaktlisten mit 50.000 Entscheidern aus {country}.",
            "Brauchen Sie neue Leads? Unsere Datenbank mit Einkaufsleitern gibt es ab 199 €.",
        ],
        [
            "Ich bin Business Development Manager bei {company}, wir entwickeln Apps und Software zu Offshore-Preisen.",
            "Lagern Sie Ihre Buchhaltung an unser Team in {country} aus und sparen Sie 60 % der Kosten.",
        ],
        [
            "Hey! Ich bin Influencerin mit 120k Followern auf Instagram und würde gern mit eurer Marke kooperieren.",
            "Wir sind eine Influencer-Agentur und bringen Ihre Produkte zu TikTok-Creatorn. Interesse an einer Kooperation?",
        ],
        [
            "Wir schlagen Ihnen eine Partnerschaft vor: Sie empfehlen unsere Finanzierungslösung und erhalten 20 % Provision.",
            "Ich bin Geschäftsführer von {company} und möchte Ihnen ein lukratives Affiliate-Programm vorstellen.",
        ],
        [
            "Wir sind Personalvermittler und haben qualifizierte Fachkräfte für Ihr Unternehmen, ganz ohne Vorabkosten.",
            "Suchen Sie Mitarbeiter? {company} vermittelt Ihnen Pflegekräfte aus {country}.",
        ],
        [
            "Nebenjob von zu Hause: 300 € am Tag fürs Liken von Videos, melde dich jetzt!",
            "Wir suchen Mitarbeiter im Homeoffice, keine Erfahrung nötig, tägliche Auszahlung. Infos: {link}",
        ],
        [
            "Herzlichen Glückwunsch, Ihre Handynummer wurde bei der EuroMillionen-Ziehung ausgewählt! Gewinn abholen: {link}",
            "Sie sind der 1.000.000. Besucher, holen Sie sich jetzt Ihren Preis unter {link}",
        ],
        [
            "Sehr geehrter Freund, ich bin Anwalt eines verstorbenen Kunden mit Ihrem Nachnamen und habe ein Erbe von 4,5 Millionen Dollar für Sie.",
            "Vertraulich: Ich benötige Ihre Hilfe beim Transfer eines Nachlasses, Sie erhalten 30 %.",
        ],
        [
            "Anbei Ihre offene Rechnung Nr. 2024-8812, bitte umgehend begleichen: {link}",
            "Zahlungserinnerung: Ihr Eintrag im Gewerbeverzeichnis ist fällig, bitte 890 € überweisen.",
        ],
        [
            "Hallo, hier ist dein Chef. Ich brauche dringend fünf Google-Play-Karten à 100 €, schick mir die Codes.",
            "Kannst du mir schnell Amazon-Gutscheine kaufen? Bin im Meeting, erkläre es dir später.",
        ],
        [
            "DHL: Ihr Paket konnte nicht zugestellt werden. Neue Zustellung planen: {link}",
            "Ihre Sendung wartet im Verteilzentrum, bitte Adresse bestätigen und 1,99 € zahlen: {link}",
        ],
        [
            "Sparkasse: Ihr pushTAN-Verfahren läuft ab, jetzt aktualisieren unter {link}",
            "Ihre PayPal-Zahlung wurde eingeschränkt. Bitte verifizieren Sie sich innerhalb von 24 Stunden: {link}",
        ],
        [
            "Leite diese Nachricht an 10 Kontakte weiter, sonst wird dein WhatsApp ab morgen kostenpflichtig!",
            "ACHTUNG!!! Nimm keine Anrufe von unbekannten Nummern aus dem Ausland an, teile das mit allen, die du kennst.",
        ],
        [
            "Hey Süßer, ich bin neu in deiner Stadt und suche diskrete Treffen 😘 {link}",
            "Einsame Frauen in deiner Nähe warten auf dich, jetzt kostenlos anmelden: {link}",
        ],
        [
            "Beste Preise für Replika-Uhren und Designertaschen 👉 {link}",
            "Günstige Potenzmittel ohne Rezept: {link}",
            "{link} billig follower kaufen {link}",
        ],
        [
            "Tritt unserer Telegram-Gruppe bei: täglich Forex-Signale mit 95 % Trefferquote.",
            "Mein Finanzberater hat mir geholfen, aus 300 € in einem Monat 12.000 € zu machen, frag mich wie!",
        ],
        [
            "Ich bin Vertriebsleiter bei {company}: wir helfen Handwerksbetrieben, jeden Monat 30 neue Anfragen über Google Ads zu gewinnen.",
            "Wir sind eine Agentur für Social-Media-Marketing und übernehmen Ihre Instagram-Betreuung ab 299 € im Monat.",
        ],
        [
            "Ihr Google-Unternehmensprofil ist nicht verifiziert und wird gelöscht. Rufen Sie uns an, um es zu schützen.",
            "Wir sind offizieller Google-Partner: Ihr Eintrag wird bald entfernt, wenn Sie nicht handeln.",
        ],
        [
            "Kredit ohne Schufa in 24 Stunden, bis zu 50.000 €, jetzt beantragen: {link}",
            "Privatkredit trotz negativer Auskunft, Zinsen ab 0,9 %, schreiben Sie mir.",
        ],
        [
            "Wir liefern Ihnen 5-Sterne-Google-Bewertungen von echten Profilen, 10 Stück für 49 €.",
            "Schlechte Bewertungen im Netz? Wir entfernen negative Rezensionen dauerhaft.",
        ],
    ],
}
