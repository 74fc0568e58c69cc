"""Give English customer lines per intent, in template families, for the corpus generator."""

FAMILIES: dict[str, list[list[str]]] = {
    "quote_request": [
        [
            "What would you charge to cater a wedding of about 120 guests?",
            "what do you charge for catering a 120 person wedding, buffet style",
            "Roughly what would you charge for wedding catering, around 120 people, sit-down meal?",
        ],
        [
            "Can you give me a rough ballpark for a full bathroom renovation?",
            "just need a ballpark figure for redoing a small bathroom, nothing fancy",
            "ballpark on a bathroom reno? tiles, shower, toilet, the lot",
        ],
        [
            "I'm the purchasing manager at a hotel group and we'd like pricing for {qty} {product} "
            "across our properties.",
            "Hi, procurement lead at a regional hotel chain here. We'd like your pricing on {qty} "
            "{product} for our sites.",
            "I handle purchasing for a group of eight hotels. Could we get your pricing for {qty} "
            "{product}?",
        ],
        [
            "What are your rates for driving lessons? Manual, not automatic.",
            "how much per lesson for driving lessons? i'd need about 10",
            "rates for a block of 10 driving lessons?",
        ],
        [
            "What's the price per unit if we order {qty} {product}?",
            "unit price at {qty} pcs?",
            "If we took {qty} {product}, what would the per-unit cost come to?",
        ],
        [
            "Do you do bulk discounts on wine? We'd be ordering by the case for our restaurant.",
            "any volume discount on wine if we take 20 cases a month? we run a bistro",
            "We own two wine bars. What kind of trade discount do you do on bulk orders?",
        ],
        [
            "Could you send a proposal for weekly office cleaning? It's about 300 square metres.",
            "we'd like a written proposal for cleaning our offices twice a week",
            "Please put together a proposal for office cleaning: three floors, evenings only.",
        ],
        [
            "Do you have a trade price list for fresh flowers? We're a florist.",
            "send over your wholesale flower price list pls",
            "Could I get your wholesale price list for cut flowers and greenery?",
        ],
        [
            "How much is the Business plan for a team of 25 users, billed annually?",
            "what's the cost per seat on the annual plan if we have 25 people",
            "pricing for 25 seats? not the basic tier, we'd need SSO",
        ],
        [
            "Could someone come out and give us an estimate for solar installation on a 3-bed semi?",
            "looking for a free estimate on rooftop solar for our house, roof faces south",
            "need an installation estimate for solar panels + battery on a detached house",
        ],
        [
            "How much would it cost to move a 2-bedroom flat from Manchester to Leeds?",
            "what would a local move cost? 2 bed apartment, 3rd floor, no elevator",
            "cost to move a two bedroom place across town, roughly?",
        ],
        [
            "What's the hire fee for your event space on a Saturday evening, about 80 people?",
            "venue hire fee for a saturday night, 80 guests?",
            "How much do you charge to hire the function room for a private party of 80?",
        ],
        [
            "Can I get a quote on renting a 7-seater for two weeks in August?",
            "price for a 7 seater rental, 14 days, pick up at the airport?",
            "need a rental quote: people carrier, two weeks, unlimited mileage",
        ],
        [
            "I'd like a quote for business insurance for a small bakery with four staff.",
            "could I get a quote on public liability insurance for a small bakery",
            "looking for an insurance quote, bakery, 4 employees, been trading 3 years",
        ],
        [
            "What's your fee for doing the annual accounts and tax return for a sole trader?",
            "how much do you guys charge for year-end accounts? sole trader, not VAT registered",
            "What's your fee for a self-assessment tax return, just the one rental property?",
        ],
        [
            "How much are your wedding photography packages for a full day?",
            "what do you charge for a full day wedding shoot incl. the album?",
            "Rates for wedding photography? Ceremony and reception, sometime next June.",
        ],
        [
            "Kindly share your best quotation for {qty} {product} including GST.",
            "Kindly share rates for {qty} {product}, delivery to our Pune office.",
            "Please share the quotation for {qty} {product} at the earliest and revert.",
        ],
        [
            "How much is a check-up and clean at your dental clinic if I don't have insurance?",
            "what's the cost of a dental cleaning without insurance",
            "price for a scale and polish? no dental plan",
        ],
        [
            "We run a café. What do you charge per kilo for coffee beans if we take 20 kg a week?",
            "per kg price on your house blend for a cafe, roughly 20 kilos weekly?",
        ],
        [
            "What's your call-out charge for a plumber? Leaking pipe under the kitchen sink.",
            "how much is a callout for a leaky pipe",
            "call out fee + hourly rate for plumbing? it's not an emergency",
        ],
        [
            "Could you price up {qty} {product} for us? We have a competing quote and want to "
            "compare.",
            "can you price up {qty} {product}? we've got another quote and want to see if you can "
            "beat it",
        ],
        [
            "What's your group rate for 15 rooms, three nights in October, for a company offsite?",
            "do you have a corporate rate for 15 rooms over 3 nights",
            "group booking rates for about 15 rooms? it's for a team retreat",
        ],
        [
            "Not interested in the basic package. What would the premium one cost for our team?",
            "we don't need the starter tier, can you price the enterprise plan for 200 users?",
            "basic plan won't cut it for us, how much is enterprise?",
        ],
        [
            "Can you quote for a used forklift, 2.5 tonne, delivered to our yard?",
            "price on a 2.5t forklift? used is fine, diesel preferred",
            "What would a reconditioned 2.5 tonne forklift set us back, delivered?",
        ],
        [
            "How much would a 7-night package to Crete be for two adults and two kids in July?",
            "cost of an all-inclusive week in crete, family of 4, july?",
        ],
        [
            "What would shipping to {country} add if we ordered {qty} {product}?",
            "Can you quote {qty} {product} including delivery to {country}?",
            "landed cost for {qty} {product} to {country}? incl. duties if you can",
        ],
        [
            "how much for the road bike in the window?",
            "How much is that red road bike you posted yesterday?",
            "price on the road bike in your latest post? cheers",
        ],
        [
            "price?",
            "how much??",
            "hi, price pls",
        ],
        [
            "Our washing machine won't drain anymore and the door stays locked, what do you charge for a repair call-out?",
            "hi the garage door motor doesnt work since the storm, how much would it be for someone to come and fix it?",
            "The heating isn't coming on and there's no hot water. Could you give me a price for an engineer visit this week?",
        ],
    ],
    "opportunity": [
        [
            "I'd like to order three of the oak dining tables. Can I pay by bank transfer?",
            "want to order the oak dining table, do you take bank transfer?",
            "I'll take the oak table. Can I pay by card when I collect?",
        ],
        [
            "I want to buy two of the e-bikes today, can I pay in instalments?",
            "can I buy the e-bike on finance? i want it this week",
            "Ready to buy the e-bike, do you offer monthly payments?",
        ],
        [
            "Can I book a consultation with the physio for next Tuesday?",
            "I'd like to book a physiotherapy appointment, my knee's been playing up",
            "can i get in for a physio session this week? any time works",
        ],
        [
            "We're ready to go ahead with the kitchen renovation, what's next?",
            "happy with everything, let's go ahead with the renovation. what do you need from us?",
            "ok we're going ahead with the kitchen, when can you start?",
        ],
        [
            "Where do I sign? We want the annual plan for the whole team.",
            "send over the contract and we'll sign today",
            "where do i sign up for the annual plan",
        ],
        [
            "Do you have {product} in stock? I'd take {qty} today.",
            "if you've got {qty} {product} in stock I'll take them",
            "{product} in stock? need {qty}, can collect this arvo",
        ],
        [
            "Can you deliver {qty} {product} to our site in {country} by the end of the month?",
            "we need {qty} {product} delivered to {country} before the 20th, can you do it?",
        ],
        [
            "We're looking for a supplier of cosmetics for our new shop opening in the spring.",
            "opening a beauty shop and need a cosmetics supplier, would love to stock your range",
            "We're after a reliable supplier of skincare for our new store. Can we open an account?",
        ],
        [
            "Please add me to the waiting list for the next pottery course.",
            "put me on the waitlist for the new model, I want one as soon as it's in",
            "can you add me to the waiting list for the september intake?",
        ],
        [
            "Sounds good, let's do it.",
            "sounds great, let's go for it!",
            "Perfect, let's do it. Count us in.",
        ],
        [
            "I'd like to reserve a table for six on Friday at 8.",
            "can i reserve a table for 6 this friday, 8pm?",
            "table for 6 friday night pls, reserve it under my name",
        ],
        [
            "We'd like to hire you for our wedding photos on the 14th of June if you're free.",
            "we want to book you for our wedding, june 14th, are you available?",
            "Loved your portfolio! We'd like to book you to shoot our wedding next June.",
        ],
        [
            "I want to sign up for the beginner English course starting in January.",
            "sign me up for the january beginners class please",
            "how do I enrol in the beginners course? I want to start in Jan",
        ],
        [
            "Can we start a free trial for our team of 10?",
            "we'd like to start the 14-day trial for our team",
            "I'd like to trial the software with my team before we roll it out company-wide.",
        ],
        [
            "I'd like to rent a car for next weekend, pick-up at the airport.",
            "need to hire a car from friday to monday, automatic",
            "Want to rent a small car for five days from the airport, please.",
        ],
        [
            "I'm interested in your weekly cleaning, when could you start?",
            "really interested in having you do our regular cleaning, let's set it up",
            "Interested in the fortnightly deep clean for a 3-bed house. Can we start next week?",
        ],
        [
            "Not interested in the basic plan, I want the enterprise one. How do we set it up?",
            "don't want the starter package, put us down for premium",
            "skip the basic, we'll go with the pro plan, sign us up",
        ],
        [
            "I'm the office manager at a law firm and we want to order {qty} {product} for our "
            "new floor.",
            "Facilities manager at an accountancy practice here. We'd like to place an order for "
            "{qty} {product}.",
        ],
        [
            "Can I book a double room for two nights from the 12th, with breakfast?",
            "I'd like to book a double room for 2 nights please",
            "do you have a double free on the 12th and 13th? i'll book it",
        ],
        [
            "I'd like to subscribe to the monthly wine box, can I start this month?",
            "subscribe me to the wine club please, the red selection",
            "want to join the wine club, how do i get started",
        ],
        [
            "We'd like to place a repeat order, same as last time: {qty} {product}.",
            "can we reorder {qty} {product}, same spec as before?",
            "Same again please, {qty} {product} like our last order.",
        ],
        [
            "Can I order a bouquet for delivery on Sunday? It's my mum's birthday.",
            "I'd like to send birthday flowers this sunday, can I order now?",
            "want to order a bunch of flowers for delivery sunday morning",
        ],
        [
            "Can I come in for a test ride on the gravel bike on Saturday? I'm pretty set on "
            "buying it.",
            "keen to take the gravel bike for a test ride this weekend, will probably buy it",
        ],
        [
            "Book me in for my first driving lesson asap, I've just got my provisional licence.",
            "can you book me in for a driving lesson next week?",
            "Could you book me in with an instructor? Keen to start lessons this month.",
        ],
        [
            "We'd like to hire you to move our office over a weekend in May.",
            "we want you guys to handle our office move in may, how do we lock in the date?",
        ],
        [
            "I want to join the gym, can I sign up online or do I have to come in?",
            "looking to join today, can i sign up at the front desk?",
            "I'd like to get a membership and start this week.",
        ],
        [
            "We'd like to book a demo of the booking software for our three dental clinics.",
            "y'all free for a demo this week? we want to roll this out at our clinics",
        ],
    ],
    "info_only": [
        [
            "Are you open on bank holidays?",
            "what time do you close today?",
            "you guys open late on thursdays?",
        ],
        [
            "Is there parking near the clinic?",
            "can I park on site or is it street parking only?",
            "is there a car park close by",
        ],
        [
            "What payment methods do you accept?",
            "do you take Apple Pay or is it cash only?",
            "do you accept paypal?",
        ],
        [
            "Is the yoga course OK for complete beginners?",
            "i've never done yoga before, would the course suit me?",
            "Is the beginner course really for total beginners, or do I need some experience?",
        ],
        [
            "Is the course online or in person?",
            "are the classes in person or over zoom?",
            "is it online or do i need to come in",
        ],
        [
            "What languages do you speak? My English isn't great.",
            "does anyone there speak spanish?",
            "Can I talk to someone in French?",
        ],
        [
            "Is there a spec sheet or datasheet for your {product}?",
            "where can I find the technical specs for the {product}?",
            "what are the dimensions and weight of the {product}?",
        ],
        [
            "What's your return policy if something doesn't fit?",
            "can i return stuff if it doesn't fit?",
            "How many days do I have to send an item back?",
        ],
        [
            "Does the warranty cover accidental damage or just manufacturing defects?",
            "what does the guarantee actually cover?",
            "is the guarantee 1 year or 2 years, and does it cover parts and labour?",
        ],
        [
            "Do you sell spare parts for older washing machines?",
            "do you stock parts for older models or only new ones?",
            "do you sell replacement parts at all?",
        ],
        [
            "Just having a look around for now, thanks.",
            "just having a look, cheers",
            "only looking at the moment, no help needed",
        ],
        [
            "I'll think about it and get back to you.",
            "let me think it over, thanks for the info",
            "I'll have a think and come back to you",
        ],
        [
            "Which countries do you ship to?",
            "do you ship internationally or UK only?",
            "Which countries can you send orders to? Is {country} one of them?",
        ],
        [
            "Is the furniture solid wood or veneer?",
            "what's the sofa fabric made of? is it pet friendly",
            "Are the bed frames solid oak or MDF?",
        ],
        [
            "Does your home insurance cover flood damage as standard?",
            "is flood cover included in the basic home policy?",
        ],
        [
            "How long does delivery usually take?",
            "what's the usual lead time on orders?",
            "roughly how many days for shipping",
        ],
        [
            "Do you do emergency plumbing at weekends?",
            "do you do weekend callouts?",
            "Do you cover the north side of town for plumbing jobs?",
        ],
        [
            "Is breakfast included at the hotel, and do you allow dogs?",
            "are pets allowed in the rooms?",
            "is the hotel dog friendly",
        ],
        [
            "What do I need to rent a car? Is a foreign licence OK?",
            "can I rent a car with a licence from {country}?",
            "what's the minimum age to hire a car?",
        ],
        [
            "Does the gym have a pool and sauna?",
            "what classes are included at the gym?",
            "is there a pool at your gym or just weights",
        ],
        [
            "Are you taking on new patients at the dental clinic?",
            "do you take NHS patients?",
            "do you accept new patients or is the list full?",
        ],
        [
            "How long have you been in business?",
            "are you a local company or a franchise?",
            "Are you a family-run business?",
        ],
        [
            "Are your cosmetics cruelty-free and vegan?",
            "is the skincare range tested on animals?",
            "do your creams contain parabens or fragrance?",
        ],
        [
            "Does the app work on Android as well as iPhone?",
            "is the software available in other languages, or english only?",
            "Does the platform integrate with Xero or QuickBooks?",
        ],
        [
            "Where are your {product} manufactured?",
            "are the {product} made in {country} or imported?",
        ],
        [
            "Do you sell {product} or only rent them out?",
            "do you guys sell {product} too, or just other stuff?",
            "Do you carry {product} at all? Just curious.",
        ],
        [
            "What's the difference between the 3-day and 5-day photography workshops?",
            "how is the intensive course different from the regular one?",
        ],
        [
            "Is the wine vegan, and what's the alcohol percentage?",
            "what grapes are in the house red? just wondering",
        ],
    ],
    "support": [
        [
            "Any update on order {order}? It was supposed to arrive on Monday.",
            "still waiting on {order}, the due date was monday",
            "hey, order {order} was meant to be here days ago, what's going on?",
        ],
        [
            "I received the wrong item in order {order}. I ordered blue and got grey.",
            "you sent me the wrong size, order {order}",
            "wrong item in my parcel, {order}. what now?",
        ],
        [
            "The lamp arrived in pieces, order {order}.",
            "my order {order} came in pieces, the box was crushed",
            "Everything in the box was in pieces when it got here. Really not happy.",
        ],
        [
            "The app keeps saying 'invalid credentials' even though my password is right.",
            "getting an invalid credentials error every time i sign in",
            "login says credentials invalid, I haven't changed anything",
        ],
        [
            "I got a new phone and now the two-factor code doesn't work.",
            "lost access to my authenticator app, can't get into my account",
            "2FA codes aren't being accepted since I switched phones",
        ],
        [
            "Could you send me a copy of the invoice for order {order}? I need it for my accounts.",
            "need a VAT invoice for {order} pls",
            "Can the invoice for order {order} be reissued with our company name on it?",
        ],
        [
            "I returned the item two weeks ago and still haven't had my refund.",
            "when will I get my refund for {order}? you got it back on the 3rd",
            "still no refund, it's been 14 days since you received the return",
        ],
        [
            "I need to cancel my appointment tomorrow at 10, something's come up.",
            "can i cancel my booking for thursday? sorry",
            "Please cancel my dental appointment on Friday.",
        ],
        [
            "Can I move my driving lesson from Wednesday to Friday?",
            "I need to reschedule my physio session to next week",
            "Is it possible to change the dates of my hotel booking? Same room, one week later.",
        ],
        [
            "The app crashes every time I open it since the last update.",
            "app just crashes on startup after updating",
            "your app isn't loading at all, stuck on the splash screen",
        ],
        [
            "I want to make a warranty claim on the {product} we bought in March.",
            "how do I claim on the warranty? one of our {product} has failed",
            "Warranty claim for order {order}: the item developed a fault after two months.",
        ],
        [
            "Really disappointed with the cleaners yesterday, half the flat wasn't done.",
            "the cleaning team missed the bathroom and kitchen, not happy at all",
            "I want to complain about the cleaning service we got on Tuesday.",
        ],
        [
            "The plumber was meant to come between 8 and 12 and nobody showed up.",
            "your engineer didn't turn up today, i took the day off for this",
            "No-show from the installer again. What's going on?",
        ],
        [
            "I cancelled my subscription but I was still charged this month.",
            "why was i billed after cancelling my plan?",
            "Still being charged for a gym membership I cancelled in March.",
        ],
        [
            "Can I change the delivery address on order {order}? I've moved.",
            "need to update the shipping address for {order} before it ships",
            "wrong address on my order {order}, can you fix it?",
        ],
        [
            "My order {order} only had three of the four items.",
            "one item missing from {order}",
            "Parcel arrived but the charger wasn't in it. Order {order}.",
        ],
        [
            "Our website has been down since this morning. Is there an outage on your hosting?",
            "getting 502 errors on all our sites hosted with you",
            "is your server down? my site won't load",
        ],
        [
            "I submitted an insurance claim three weeks ago and haven't heard anything.",
            "any news on my claim? submitted it last month and nobody's been in touch",
        ],
        [
            "Please cancel order {order}, I placed it by mistake.",
            "can i still cancel {order}? it hasn't shipped yet",
            "Ordered twice by accident, please cancel {order}.",
        ],
        [
            "Tracking says delivered but I haven't received anything.",
            "it says delivered but there's no parcel, {order}",
            "courier marked {order} as delivered, nothing here though",
        ],
        [
            "The licence key you sent says it's already in use.",
            "my activation key isn't working, says invalid",
            "Activation fails on the second laptop with the key from order {order}.",
        ],
        [
            "How do I freeze my gym membership while I'm injured?",
            "can I pause my membership for two months?",
        ],
        [
            "The rental car you gave us has a warning light on the dashboard, what should we do?",
            "hire car's making a grinding noise, can you swap it?",
        ],
        [
            "Been on hold for an hour and nobody picks up. I just need help with my booking.",
            "third time messaging about my order {order}, no reply yet. pretty frustrated",
            "Nobody's got back to me about my complaint, it's been a week.",
        ],
    ],
    "not_interested": [
        [
            "Thanks for following up, but we've decided not to go ahead.",
            "appreciate the follow-up, but we won't be moving forward",
            "Thanks for checking in. We've decided against it for now.",
        ],
        [
            "We've already booked a different photographer, thanks.",
            "sorted already, found someone else",
            "We found another caterer, so there's no need anymore.",
        ],
        [
            "Already bought one elsewhere, thanks.",
            "got it somewhere else in the end",
            "I already bought the bike from another shop, sorry.",
        ],
        [
            "We no longer need it, the project was cancelled.",
            "project got cancelled so we won't need anything",
            "The event's been called off, so we won't be needing the venue.",
        ],
        [
            "Take my number off your database please.",
            "delete my details from your system, I don't want these messages",
            "Please take me off whatever list I'm on.",
        ],
        [
            "UNSUBSCRIBE",
            "unsub",
            "STOP",
        ],
        [
            "Wrong number, I don't know what this is about.",
            "i think you've got the wrong person",
            "wrong number mate",
        ],
        [
            "I didn't sign up for anything, please leave me alone.",
            "never signed up for this, how did you even get my number?",
            "I never gave you my details. Don't contact me again.",
        ],
        [
            "Maybe next year, not now.",
            "not this year, try us again in the spring",
            "circle back in Q3 maybe, not right now",
        ],
        [
            "nah I'm good",
            "nope, not for me",
            "I'll pass, thanks.",
        ],
        [
            "We're not looking to change providers at the moment.",
            "happy with our current supplier, thanks",
            "We're sticking with who we have, but thanks.",
        ],
        [
            "The numbers don't work for us, so we'll leave it there.",
            "after looking at the costs it doesn't make sense for us",
            "Honestly it's out of our price range, so we'll leave it.",
        ],
        [
            "I've asked you before, no more calls.",
            "this is the fourth call this week, please stop",
            "How many times do I have to say no? Stop ringing me.",
        ],
        [
            "We've decided to do it in-house instead.",
            "we'll handle it internally, so no need",
            "Our own team is going to take care of it, thanks anyway.",
        ],
        [
            "We don't use that kind of service, sorry.",
            "not something we need here",
            "This isn't relevant to our business, thanks.",
        ],
        [
            "Please cancel my quote request, I've changed my mind.",
            "changed my mind, don't need the quote anymore",
            "scrap my enquiry, I've changed my mind",
        ],
        [
            "Not interested in any upgrade, the current plan is enough.",
            "no, we don't want the premium add-on",
            "don't want to upgrade, thanks",
        ],
        [
            "We're closing the shop, so no more orders from us.",
            "the business is shutting down, so we won't need supplies anymore",
            "We've sold the company, so this is no longer relevant.",
        ],
        [
            "The budget's frozen for the year, so it's a no from us.",
            "we're in a spending freeze, so we can't go ahead",
        ],
        [
            "I'm not interested in {product}, please don't send me more info about them.",
            "no need to send any more about {product}, we don't use them",
            "We won't be buying {product}, so you can stop the emails.",
        ],
        [
            "Not interested, sorry. All the best though.",
            "Thanks, but it's not for us. Good luck with it!",
            "cheers but we're not interested, all the best",
        ],
        [
            "We'll give it a miss this time.",
            "think we'll give it a miss, ta",
        ],
        # declining after a quote: the quote word in a refusal
        [
            "Thanks for the quote, but we've gone with another company. You can close it.",
            "got your estimate last week but we went with someone else, so no need to follow up",
            "Please withdraw our quote request, we found a cheaper offer elsewhere.",
        ],
    ],
    "spam": [
        [
            "Hi, I'd love to contribute a guest post to your blog in exchange for a do-follow link.",
            "we're offering high-DA guest posting on your site, interested?",
            "Can I publish a sponsored article on your website? We pay per post, niche edits too.",
        ],
        [
            "I noticed your website isn't mobile friendly. We can fix that for you this week.",
            "I came across your site and spotted several issues that are hurting your rankings",
            "Noticed your website loads slowly, our team can speed it up for a small fee.",
        ],
        [
            "We have a verified list of 50,000 decision makers in your industry. Want a free "
            "sample?",
            "Buy targeted B2B email lists, 98% accuracy, instant download",
            "I can provide contact lists of CEOs in {country} at a great price.",
        ],
        [
            "We can get you 20 new qualified leads per week, guaranteed, or you don't pay.",
            "More clients for your business in 30 days, guaranteed!",
            "Want more customers? We fill your calendar with appointments on autopilot.",
        ],
        [
            "Hi, I'm the partnerships manager at {company}. We'd love to explore a collaboration "
            "with your brand.",
            "{company} here, we're looking for brands to partner with on a co-marketing campaign",
            "Would you be open to a partnership with {company}? Revenue share, zero risk.",
        ],
        [
            "Hey! I'm a lifestyle influencer with 80k followers and I'd promote your products in "
            "exchange for free samples.",
            "content creator here, happy to feature your brand in a collab, DM for my rates",
            "Looking for a UGC creator? I make TikToks for brands just like yours.",
        ],
        [
            "We provide offshore virtual assistants starting at $6 an hour.",
            "outsource your customer support to our team in {country} and cut costs by 60%",
            "Need a dedicated developer team? {company} offers staff augmentation at low rates.",
        ],
        [
            "Work from home opportunity! Earn $300 a day liking posts, no experience needed.",
            "we're hiring remote part-time staff, $50 per task, message me on telegram",
            "Hello, you have been selected for a flexible online job, reply YES to start today.",
        ],
        [
            "I'm a recruiter at {company}. We place top sales talent. Can I send you some "
            "candidate profiles?",
            "Struggling to hire? {company} fills vacancies in 10 days, no placement fee upfront.",
        ],
        [
            "Your email address was selected in the international lottery draw. You've won "
            "850,000 euros.",
            "you are the lucky winner of our annual promo!! claim your prize at {link}",
        ],
        [
            "I am a lawyer representing a deceased client who shares your surname. There is an "
            "unclaimed inheritance of 4.5 million dollars.",
            "Dear friend, I have a confidential business proposal concerning a large inheritance, "
            "please reply urgently",
        ],
        [
            "Courier notice: we tried to deliver your parcel. Confirm your address at {link}",
            "Your parcel could not be delivered due to an incomplete address. Reschedule here: "
            "{link}",
        ],
        [
            "Security alert: unusual sign-in detected on your bank account. Confirm your identity "
            "at {link}",
            "Your streaming subscription payment failed, update your billing details at {link}",
            "We detected suspicious activity. Your card will be blocked unless you verify: {link}",
        ],
        [
            "Please find attached the overdue invoice INV-2291. Payment is required within 24 "
            "hours.",
            "FINAL REMINDER: outstanding invoice, pay now at {link} to avoid legal action",
        ],
        [
            "Hi, it's your manager. I need you to buy five gift cards urgently and send me the "
            "codes.",
            "are you at your desk? need a quick favour, buy some gift cards for a client, will "
            "pay you back",
        ],
        [
            "Forward this message to 10 people or you'll have bad luck for seven years!",
            "WhatsApp will start charging unless you forward this to 20 contacts!!!",
            "share this with all your groups, it's true, my cousin's friend confirmed it",
        ],
        [
            "Hot singles in your area want to meet you tonight {link}",
            "hey handsome, saw your profile, wanna chat? {link}",
            "lonely? meet local girls, no signup needed {link}",
        ],
        [
            "Join our forex signals group, 95% win rate. Join at {link}",
            "I made 12k last month trading forex with my mentor, ask me how",
            "Crypto mining pool pays daily, minimum deposit only 100 USDT, register at {link}",
        ],
        [
            "We build custom mobile apps for businesses like yours, starting at $999.",
            "Need an app? Our team at {company} delivers iOS and Android in four weeks.",
        ],
        [
            "We can boost your Google reviews with 5-star ratings from real accounts.",
            "buy 100 five star reviews for your business, fast and safe",
        ],
        [
            "check this out {link}",
            "great deals here >>> {link}",
            "{link} cheap meds no prescription {link}",
        ],
        [
            "I'm the head of growth at {company}, a marketing agency. We help businesses like "
            "yours run paid ads. Open to a quick call?",
            "Hi, I'm a sales director at {company}. We help companies in your sector cut energy "
            "bills by 30%. Can I send you our offer?",
            "I'm an account executive at {company}; we supply merchant services with lower card "
            "fees than your current provider. Interested in a free comparison?",
        ],
        [
            "Free website audit! Find out why you're losing customers to competitors: {link}",
            "Get a free SEO report for your domain in 60 seconds: {link}",
        ],
        [
            "Dear business owner, we are manufacturers of {product} and can supply you at factory "
            "prices. Please see our catalogue.",
            "Hello sir, we are a leading exporter of {product} from {country}, kindly check our "
            "price list and place your trial order.",
        ],
    ],
}
