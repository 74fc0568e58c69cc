"""Give Spanish customer lines per intent, in template families, for the corpus generator."""

FAMILIES: dict[str, list[list[str]]] = {
    "quote_request": [
        [
            "¿Cuánto me cobrarían por una mudanza de un piso de tres habitaciones de Madrid a Valencia?",
            "qué me cobran por mudar un departamento de dos ambientes dentro de Capital? es un tercero sin ascensor",
            "Hola, ¿cuánto cobran por una mudanza local? Son unos 20 m³ de muebles y cajas.",
        ],
        [
            "¿Qué tarifas tienen para las clases prácticas de conducir?",
            "hola, cuánto sale el paquete de 10 clases de manejo?",
            "Buenas, ¿qué precio tiene sacarse el carnet con ustedes, con las tasas del examen incluidas?",
        ],
        [
            "Soy la responsable de compras de un grupo hotelero con cuatro hoteles en la costa y necesitamos precios para {qty} {product}.",
            "Le escribo como jefe de compras de una cadena de clínicas dentales; ¿nos podrían pasar una propuesta económica por {qty} {product}?",
            "Trabajo en el área de abastecimiento de una constructora y estamos cotizando {qty} {product}. ¿Me envían sus precios?",
        ],
        [
            "¿Cuál sería el precio unitario si pedimos {qty} {product}?",
            "si les compramos {qty} {product}, ¿a cuánto nos queda cada uno?",
            "precio por unidad a partir de {qty} {product}?",
        ],
        [
            "¿Manejan precio de mayoreo en sábanas y toallas? Somos un hostal y compraríamos por volumen.",
            "¿qué descuento hacéis al por mayor en toallas de algodón? serían varias cajas al mes",
            "tienen lista de precios mayorista para ropa de cama? somos tienda de textiles hogar",
        ],
        [
            "Quería pedir presupuesto para reformar un baño completo, unos 5 m².",
            "¿nos podéis hacer un presupuesto para reformar la cocina? tiene unos 10 metros",
            "me hacen un presupuesto sin compromiso para cambiar el suelo del salón por tarima?",
        ],
        [
            "¿Cuál es el precio por persona del catering para una boda de 120 invitados?",
            "cuánto cobran por cubierto para una comida de empresa de {qty} personas?",
            "Necesito saber el costo del servicio de catering por invitado; seremos unos {qty} en un evento de aniversario.",
        ],
        [
            "Aunque sea una cifra aproximada, ¿cuánto costaría una instalación solar para un tejado de 80 m²?",
            "dame un número a ojo para poner placas en el techo de una nave industrial",
            "¿Me podrían dar un precio orientativo para una instalación fotovoltaica de autoconsumo en una casa?",
        ],
        [
            "¿Cuánto cuesta el plan Business al mes para 25 usuarios?",
            "qué precio tiene la licencia anual del software para un equipo de 10 personas?",
            "el plan para empresas, ¿cuánto sale si pagamos por año en vez de mensual?",
        ],
        [
            "No me interesa el plan básico, ¿cuánto cuesta el plan Enterprise?",
            "el básico no nos sirve, ¿qué precio tiene el premium para 50 usuarios?",
            "no quiero la versión gratuita, pásame el precio del plan Pro porfa",
        ],
        [
            "¿Podrían enviarnos una propuesta económica para la limpieza de nuestras oficinas? Son unos 400 m², tres veces por semana.",
            "necesitamos una propuesta por escrito para la limpieza diaria de un local comercial",
            "¿me mandan una propuesta para la limpieza de fin de obra de un edificio de 12 viviendas?",
        ],
        [
            "¿Qué cuesta un reportaje de boda completo, con preboda y álbum?",
            "cuánto cobras por fotografiar una boda de día entero?",
            "Hola! Tarifas de fotografía para una boda civil, solo ceremonia y banquete?",
        ],
        [
            "precio?",
            "y el precio??",
            "precios porfa",
        ],
        [
            "¿Qué tarifa tienen para alquilar un coche una semana en agosto en Málaga?",
            "cuánto me cuesta rentar un auto del 3 al 10 en Cancún, con seguro incluido?",
            "precio del alquiler de una furgoneta para un fin de semana?",
        ],
        [
            "¿Qué tarifa de grupo nos harían? Seríamos unas 30 habitaciones durante tres noches en octubre.",
            "qué precio tiene alquilar el salón para un evento de 200 personas un sábado?",
            "¿Cuánto cuesta el alquiler de la sala para una conferencia de media jornada, con proyector y coffee break?",
        ],
        [
            "¿Me podrían dar precio para asegurar la flota de furgonetas de la empresa? Son 8 vehículos.",
            "quiero cotizar un seguro de hogar para un piso de 90 m²",
            "¿cuánto me saldría el seguro a todo riesgo de un coche de 2019?",
        ],
        [
            "¿Qué honorarios cobran por llevar la contabilidad de una pyme con cinco empleados?",
            "cuánto cobrás por hacer la contabilidad mensual de un monotributista?",
            "¿Cuál es la cuota mensual de la gestoría para un autónomo con IVA trimestral?",
        ],
        [
            "¿Me podrías mandar vuestra tarifa actualizada de {product}?",
            "¿tenéis la lista de precios de {product} en PDF?",
            "pasame el listado de precios de {product} cuando puedas",
        ],
        [
            "¿Cuánto sería el total con envío de {qty} {product} a {country}?",
            "me das el precio con transporte incluido de {qty} {product} hasta {country}?",
            "¿cuánto me sale poner {qty} {product} en {country}, portes pagados?",
        ],
        [
            "Buenas tardes, ¿me podría cotizar {qty} {product} con factura?",
            "me cotizas {qty} {product}? necesito que salga facturado a la empresa",
            "oiga, ¿en cuánto me deja los {product} si me llevo {qty}?",
        ],
        [
            "¿Cuánto cuesta una limpieza dental con blanqueamiento?",
            "qué precio tiene más o menos la ortodoncia invisible?",
            "¿cuánto cobran la sesión de fisioterapia? ¿y el bono de 10 sesiones?",
        ],
        [
            "¿Qué precio tiene el curso intensivo de inglés de verano?",
            "cuánto es la matrícula y la mensualidad del curso de alemán?",
            "¿a cuánto están las clases particulares de francés por hora?",
        ],
        [
            "Tenemos un restaurante en Sevilla y queremos saber a qué precio nos dejaríais las cajas de vino tinto crianza.",
            "Somos una tienda gourmet en Bogotá, ¿a qué precio venden el aceite de oliva por cajas?",
            "qué precio hacéis a hostelería en el vino, por cajas de 6?",
        ],
        [
            "¿Cuánto vale una carretilla elevadora de segunda mano de 2,5 toneladas?",
            "precio aproximado de una cortadora láser industrial?",
            "¿cuánto cuesta el torno CNC que tienen en la web, puesto en nuestra planta?",
        ],
        [
            "¿Qué precio tiene el plan de hosting con dominio y certificado SSL?",
            "cuánto cuesta al año el alojamiento web para una tienda online pequeña?",
            "¿me pasáis las tarifas de los servidores VPS?",
        ],
        [
            "La lavadora no desagua y no se abre la puerta, ¿cuánto cobráis por venir a repararla?",
            "hola, el termo no calienta nada desde ayer, cuánto me costaría que venga un técnico?",
            "Se nos ha estropeado la persiana del salón y no sube. ¿Me podéis dar precio de la reparación a domicilio?",
        ],
    ],
    "opportunity": [
        [
            "Quiero llevarme la bici de montaña talla M hoy mismo, ¿puedo pagar con tarjeta?",
            "me quedo con la bicicleta eléctrica, ¿aceptáis Bizum?",
            "la compro ya, ¿se puede pagar en 12 cuotas sin interés?",
        ],
        [
            "¿Me pueden dar cita con la dentista para esta semana?",
            "quisiera pedir hora para una revisión dental, mejor por la tarde",
            "quiero agendar una cita para una limpieza, ¿tienen algo el jueves?",
        ],
        [
            "Quería reservar una mesa para seis el sábado a las nueve.",
            "¿me reservas mesa para dos esta noche?",
            "hola! reserva para 4 personas mañana al mediodía, se puede?",
        ],
        [
            "Perfecto, lo hemos hablado internamente y queremos seguir adelante. ¿Cuál es el siguiente paso?",
            "estamos listos para empezar, decidme qué necesitáis de nosotros",
            "dale, arrancamos. ¿qué tengo que hacer ahora?",
        ],
        [
            "¿Dónde firmo? Nos convence la propuesta.",
            "mándame el contrato y lo firmamos hoy mismo",
            "ok, ¿me pasan el contrato para firmarlo?",
        ],
        [
            "¿Tienen en stock el iPhone 15 de 128 GB? Me llevaría dos.",
            "¿te quedan {product}? me llevo {qty}",
            "si hay existencias de {product}, me quedo con {qty} hoy",
        ],
        [
            "¿Me pueden entregar {qty} {product} en {country} antes de fin de mes? Los necesitamos para una apertura.",
            "necesito que me lleguen {qty} {product} para el lunes, ¿llegáis? si es así lo pido ya",
            "¿me lo pueden traer a domicilio mañana? lo compro si llega a tiempo",
        ],
        [
            "Estamos abriendo una cafetería y buscamos proveedor de café en grano y vajilla.",
            "vamos a inaugurar una floristería y buscamos un mayorista de flores que nos sirva cada semana",
            "Abrimos una tienda de cosmética natural en Medellín y buscamos proveedor de marcas veganas.",
        ],
        [
            "Apúntame a la lista de espera, por favor.",
            "¿me añades a la lista de espera para el próximo grupo?",
            "si se libera una plaza, quiero estar en la lista",
        ],
        [
            "Quiero inscribirme en el gimnasio, ¿puedo darme de alta online?",
            "me quiero apuntar al gym desde este mes, cómo hago?",
            "quiero hacerme socia, ¿lo hago en recepción o por aquí?",
        ],
        [
            "Queremos contratar el plan anual para todo el equipo.",
            "me suscribo al plan Pro, ¿me activáis la cuenta?",
            "quiero pasarme de la prueba gratuita a la versión de pago",
        ],
        [
            "Necesito contratar un fontanero para mañana, tengo una fuga en la cocina.",
            "quiero contratar el servicio de limpieza semanal a partir de junio",
            "buscamos contratar una empresa de mudanzas para el día 15, ¿tienen disponibilidad?",
        ],
        [
            "Quiero alquilar un coche del 10 al 17 de julio con recogida en el aeropuerto.",
            "necesito rentar una camioneta para el finde, ¿la puedo reservar ya?",
            "resérvame un auto compacto para el viernes, lo recojo en la mañana",
        ],
        [
            "¿Puedo reservar una clase de prueba de inglés esta semana?",
            "me gustaría probar una clase gratuita antes de apuntarme",
            "quiero hacer la clase de prueba de pilates, ¿cuándo hay hueco?",
        ],
        [
            "Me interesa muchísimo el paquete de viaje a Cancún, quiero reservarlo para dos personas.",
            "estoy interesada en el crucero por el Mediterráneo de septiembre, ¿lo reservamos?",
            "nos encantó el paquete a la Riviera Maya, lo queremos para Semana Santa",
        ],
        [
            "No quiero el modelo básico, me llevo el Pro directamente.",
            "no nos interesa el alquiler, queremos comprar la máquina",
            "el plan mensual no, nos quedamos con el anual. ¿cómo lo activo?",
        ],
        [
            "Suena bien, vamos con ello.",
            "me convence, adelante",
            "trato hecho, lo queremos",
            "genial, hagámoslo",
        ],
        [
            "Soy el encargado de compras de una cadena de gimnasios y queremos hacer un pedido de {qty} {product}.",
            "Le escribo de parte de la dirección de un colegio: vamos a comprar {qty} {product} para el nuevo curso.",
            "Somos una distribuidora en {country} y queremos hacer un primer pedido de {product}.",
        ],
        [
            "Queremos reservar la finca para nuestra boda el 14 de septiembre del año que viene.",
            "nos casamos en mayo y queremos cerrar la fecha con vosotros como fotógrafos",
            "quiero apartar la fecha del salón para los XV años de mi hija, ¿cuánto se deja de anticipo?",
        ],
        [
            "Quisiera reservar una habitación doble para el puente de diciembre.",
            "¿me reservás una habitación para dos noches desde el viernes?",
            "necesito 3 habitaciones para un grupo de trabajo, del 4 al 6, ¿me las bloquean?",
        ],
        [
            "Quiero encargar la mesa de comedor de roble, ¿cómo hago el pedido?",
            "¿me colabora con el pedido? quiero comprar el sofá gris de tres puestos",
            "¿me lo apartas? el sofá cama azul, paso mañana a pagarlo",
        ],
        [
            "Quiero pedir el repuesto de la bomba de agua para un Ford Focus de 2015.",
            "necesito encargar pastillas de freno delanteras, ¿las pido por aquí?",
            "mándame el filtro y la correa de distribución, te los compro",
        ],
        [
            "Queremos instalar placas solares en casa este verano, ¿cuándo podéis venir a hacer la visita técnica?",
            "ya nos decidimos por vosotros para la reforma del baño, ¿cuándo podéis empezar?",
            "contamos con ustedes para la obra, ¿qué día arrancan?",
        ],
        [
            "Quiero pedir una primera consulta de fisioterapia para la rodilla.",
            "¿me das turno con el kinesiólogo para el martes?",
            "necesito una sesión de fisio lo antes posible, ¿me hacéis un hueco?",
        ],
    ],
    "info_only": [
        [
            "¿Hay parking cerca de la clínica?",
            "¿se puede aparcar en la puerta?",
            "tienen estacionamiento para clientes?",
        ],
        [
            "¿Qué formas de pago aceptan?",
            "¿aceptáis Bizum o solo efectivo?",
            "se puede pagar con Mercado Pago?",
        ],
        [
            "¿El curso de italiano es apto para principiantes que no saben nada?",
            "hace falta nivel previo para las clases de salsa?",
            "si nunca he hecho yoga, ¿puedo ir a las clases normales?",
        ],
        [
            "¿Las clases son online o presenciales?",
            "el curso es a distancia o hay que ir?",
            "¿la asesoría es en línea o en persona?",
        ],
        [
            "¿Atienden en inglés? Mi madre no habla español.",
            "hablan portugués?",
            "¿alguien del equipo habla francés?",
        ],
        [
            "Antes de comprar, ¿cuál es vuestra política de devoluciones?",
            "si no me queda bien, ¿se puede cambiar? pregunto antes de pedir",
            "¿cuántos días hay para devolver algo si no convence?",
        ],
        [
            "¿Qué garantía tienen los móviles reacondicionados?",
            "cuánto tiempo de garantía trae la lavadora?",
            "¿la garantía cubre la batería o solo la pantalla?",
        ],
        [
            "¿Cuánto pesan los {product}?",
            "qué medidas tienen los {product}?",
            "¿los {product} tienen certificación CE?",
        ],
        [
            "¿Venden también repuestos para bicicletas?",
            "vendéis vino por botella suelta o solo por cajas?",
            "¿trabajan con cosmética vegana?",
        ],
        [
            "Solo estoy echando un vistazo, gracias.",
            "de momento solo miro 🙂",
            "estoy chusmeando nomás, gracias",
        ],
        [
            "Lo pienso y te digo.",
            "me lo voy a pensar, gracias por la info",
            "déjame consultarlo con mi pareja y ya te cuento",
        ],
        [
            "¿Cuánto suelen tardar los envíos a Canarias?",
            "en cuántos días llega normalmente a provincias?",
            "¿cuánto demoran los envíos al interior?",
        ],
        [
            "¿Cómo funciona el servicio de limpieza? ¿Traen ustedes los productos?",
            "las limpiezas las hace siempre la misma persona?",
            "¿cómo es el proceso de una mudanza con vosotros, embaláis vosotros?",
        ],
        [
            "¿Las sábanas son de algodón egipcio o de mezcla?",
            "el tejido de las toallas es de rizo americano?",
            "¿qué gramaje tiene la tela de las cortinas?",
        ],
        [
            "¿El local tiene acceso para silla de ruedas?",
            "hay ascensor en el edificio?",
            "¿es accesible para personas con movilidad reducida?",
        ],
        [
            "¿Admiten mascotas en el hotel?",
            "se puede llevar perro?",
            "¿aceptan gatos en las habitaciones o solo perros pequeños?",
        ],
        [
            "¿Abren en Semana Santa?",
            "el 24 de diciembre abren o cierran?",
            "¿están abiertos los feriados?",
        ],
        [
            "¿El seguro de viaje cubre cancelaciones por enfermedad?",
            "qué cubre exactamente la póliza básica?",
            "¿el seguro incluye asistencia en carretera?",
        ],
        [
            "¿El programa funciona en Mac o solo en Windows?",
            "tiene app para Android?",
            "¿se puede integrar con Shopify?",
        ],
        [
            "¿Su servicio está disponible en {country}?",
            "operan también en {country} o solo aquí?",
            "¿llegan hasta {country}?",
        ],
        [
            "¿En qué tamaños vienen los {product}?",
            "hay {product} en tamaño más pequeño?",
            "¿los {product} tienen alguna versión compacta?",
        ],
        [
            "¿Qué necesito para matricularme en la autoescuela?",
            "con 17 años ya puedo empezar las clases de manejo?",
            "¿qué papeles piden para sacarme el carnet con ustedes?",
        ],
        [
            "¿Ustedes son fabricantes o distribuidores?",
            "¿los muebles los fabrican ustedes?",
            "sois una empresa española?",
        ],
        [
            "¿El gimnasio tiene piscina?",
            "hay duchas y taquillas?",
            "¿qué clases dirigidas tenéis?",
        ],
        [
            "¿A qué hora es el check-in y el check-out?",
            "¿se puede dejar la maleta antes de la hora de entrada?",
            "a partir de qué hora se puede entrar a la habitación?",
        ],
    ],
    "support": [
        [
            "¿Me decís en qué estado está el pedido {order}? No me ha llegado ningún aviso.",
            "hola, ¿qué pasó con mi pedido {order}?",
            "pedido {order}: sigue sin enviarse, ¿qué ocurre?",
        ],
        [
            "El número de seguimiento del pedido {order} no funciona.",
            "no me aparece el tracking de {order} en la web de la paquetería",
            "¿me pasan el código de seguimiento de {order}?",
        ],
        [
            "Me dijeron que llegaba el martes y estamos a viernes. Pedido {order}.",
            "el repartidor marcó entregado pero yo no recibí nada",
            "llevo esperando 3 semanas el envío, esto es un desastre",
        ],
        [
            "Me enviaron una talla diferente a la que pedí.",
            "me llegó otro color, yo pedí el negro",
            "Los {product} del pedido {order} no son el modelo que encargamos.",
        ],
        [
            "La lámpara llegó con el cristal roto.",
            "la mesa vino rayada y con una pata floja",
            "el móvil vino con la pantalla rajada, recién sacado de la caja",
        ],
        [
            "No me llega el SMS de verificación para entrar en la app.",
            "el enlace para restablecer la contraseña dice que ha caducado",
            "me pide un código de doble factor que nunca recibo",
        ],
        [
            "¿Me pueden reenviar la factura del pedido {order}?",
            "necesito una copia de la factura de marzo para contabilidad",
            "necesito la factura con mi RFC, ¿me la pueden timbrar?",
        ],
        [
            "Devolví el paquete hace dos semanas y todavía no veo el reembolso.",
            "¿cuándo me devuelven el dinero del pedido {order}?",
            "me dijeron que el reintegro tardaba 5 días y ya pasaron 15",
        ],
        [
            "Necesito cancelar mi reserva del hotel para este fin de semana.",
            "tengo que anular la cita del jueves con el fisio",
            "quiero cancelar la reserva de la mesa de esta noche, nos ha surgido algo",
        ],
        [
            "¿Puedo cambiar mi cita del lunes al miércoles?",
            "necesito mover la fecha de la mudanza una semana",
            "quería cambiar la hora de mi clase de manejo de mañana",
        ],
        [
            "La app se cierra sola cada vez que la abro.",
            "desde la última actualización la aplicación no carga",
            "el panel de administración no me carga desde ayer",
        ],
        [
            "Quiero hacer uso de la garantía: la cafetera dejó de calentar a los tres meses.",
            "la bici eléctrica tiene un fallo en la batería y está en garantía, ¿cómo tramito la reparación?",
            "¿cómo reclamo la garantía del portátil? no enciende",
        ],
        [
            "Quiero poner una queja: el técnico llegó tres horas tarde y ni avisó.",
            "muy mal servicio, la limpieza quedó a medias",
            "estoy muy molesto con la atención que recibí ayer en la tienda",
        ],
        [
            "¿Puedo cambiar la dirección de entrega del pedido {order}? Me he mudado.",
            "me equivoqué de talla en el pedido {order}, ¿se puede modificar antes del envío?",
            "quiero añadir una unidad más al pedido {order} que hice ayer",
        ],
        [
            "Me siguen cobrando la suscripción aunque la cancelé el mes pasado.",
            "me cobraron la renovación anual sin avisar",
            "aparece un cargo vuestro en mi cuenta que no reconozco",
        ],
        [
            "Faltan dos cajas en el envío que recibí hoy.",
            "el pedido {order} llegó incompleto",
            "pedí {qty} y solo me llegó la mitad",
        ],
        [
            "La instalación solar que nos hicisteis no está generando nada desde ayer.",
            "el inversor marca un error en rojo, ¿me pueden ayudar?",
            "la caldera que nos instalaron hace ruidos raros",
        ],
        [
            "Llevo días escribiendo al correo de soporte y nadie me responde.",
            "abrí un ticket hace una semana y sigue sin respuesta",
            "¿hay alguien ahí? nadie me soluciona lo de mi pedido {order}",
        ],
        [
            "Tuve un siniestro con el coche y quiero dar parte, soy cliente.",
            "¿cómo va mi parte de siniestro? lo abrí el lunes",
            "necesito el certificado de mi póliza de hogar",
        ],
        [
            "Mi web alojada con ustedes está caída desde esta mañana.",
            "el correo corporativo no envía ni recibe desde ayer",
            "se me ha llenado el disco del hosting y no puedo entrar al panel",
        ],
        [
            "Qué pena molestar, pero el pedido {order} me llegó con la caja aplastada y el producto golpeado.",
            "qué pena con usted, me llegó el pedido sin el cargador",
        ],
        [
            "No me funciona la tarjeta de acceso del gimnasio.",
            "el torno no me deja pasar y ya pagué la cuota",
            "mi cuota aparece como impagada pero ya la pagué",
        ],
        [
            "El instalador no vino a la cita de hoy y nadie me avisó.",
            "quedaron en venir a arreglar la fuga el martes y no apareció nadie",
        ],
    ],
    "not_interested": [
        [
            "Gracias, pero al final hemos contratado con otra empresa.",
            "ya cerramos con otro proveedor, gracias igual",
            "nos decantamos por otra opción, un saludo",
        ],
        [
            "Ya lo compré en otro sitio, gracias.",
            "ya lo conseguí en otra tienda",
            "al final lo pillé en Amazon, no hace falta",
        ],
        [
            "Se nos va de precio, lo vamos a dejar pasar.",
            "uf, muy caro, paso",
            "con ese precio no nos cuadra, gracias de todas formas",
        ],
        [
            "Ya no nos hace falta, lo solucionamos internamente.",
            "al final no vamos a necesitar el servicio",
            "ya no me hace falta, gracias",
        ],
        [
            "El proyecto se ha cancelado, así que no seguiremos adelante.",
            "la dirección congeló el presupuesto y el proyecto quedó parado",
            "se canceló la obra, no vamos a necesitar nada",
        ],
        [
            "Por favor, bórrenme de su base de datos.",
            "eliminen mis datos, no quiero recibir más publicidad",
            "sáquenme de la lista de difusión",
        ],
        [
            "Deje de mandarme mensajes, por favor.",
            "basta de mensajes, ya está bien",
            "ya les dije que no, dejen de insistir",
        ],
        [
            "BAJA",
            "quiero darme de baja del boletín",
            "desuscribir",
        ],
        [
            "No vuelvan a contactarme.",
            "no quiero que me llamen más",
            "no me contacten por ningún medio, gracias",
        ],
        [
            "Creo que se han equivocado de número.",
            "número equivocado, no sé quién es usted",
            "aquí no es, se equivocó de persona",
        ],
        [
            "Yo nunca he solicitado información de ustedes.",
            "no sé de dónde sacaron mi número, no pedí nada",
            "no me registré en ninguna web suya",
        ],
        [
            "Gracias por el seguimiento, pero hemos decidido no seguir adelante.",
            "agradezco que me escribas de nuevo, pero finalmente no vamos a contratar",
            "Muchas gracias por la propuesta; lo valoramos en equipo y no encaja con lo que buscamos.",
        ],
        [
            "Quizás el año que viene, ahora no es buen momento.",
            "este año no, tal vez más adelante",
            "ahora no podemos, a lo mejor después del verano",
        ],
        [
            "No me interesa ni el plan básico ni el premium, gracias.",
            "la verdad es que no estamos interesados en ninguna de las opciones",
            "nada de eso me interesa, gracias",
        ],
        [
            "nah, paso",
            "nop, no hace falta",
            "no, así estoy bien",
        ],
        [
            "Hemos decidido no renovar el contrato.",
            "no vamos a renovar la suscripción el año que viene",
            "no renovamos, gracias por estos años",
        ],
        [
            "Che, no me interesa, gracias.",
            "no, gracias, no me sirve",
            "mmm no, no va conmigo",
        ],
        [
            "Lo he pensado mejor y no voy a hacer la reserva.",
            "cambié de opinión, al final no lo compro",
            "me arrepentí, mejor no",
        ],
        [
            "Cerramos el negocio, así que ya no necesitamos nada.",
            "ya no trabajo en esa empresa, no me sigan escribiendo",
            "nos mudamos fuera del país, no nos interesa",
        ],
        [
            "Ya tenemos proveedor de {product} y estamos contentos con él.",
            "estamos bien servidos de {product}, gracias",
            "no necesitamos {product}, tenemos de sobra",
        ],
        [
            "No compro nada por WhatsApp, no insistan.",
            "no atiendo ventas por teléfono",
            "no me interesan las ofertas comerciales",
        ],
        [
            "No, no estoy interesada en la clase de prueba, gracias.",
            "no me interesa apuntarme, gracias por avisar",
        ],
        # declining after a quote: the quote word in a refusal
        [
            "Gracias por el presupuesto, pero al final lo hemos contratado con otra empresa. Podéis cerrarlo.",
            "os pedí presupuesto la semana pasada pero ya lo compramos en otro sitio, gracias igual",
            "Por favor, anulen mi solicitud de presupuesto, hemos encontrado una oferta mejor.",
        ],
    ],
    "spam": [
        [
            "Hola, he visto que su web no aparece en Google para búsquedas clave; puedo ayudarle a llegar al top 3 en 30 días.",
            "Revisé su sitio y tiene 47 errores de SEO, ¿le envío el informe gratis?",
            "Noté que su página carga lenta y pierde clientes; nosotros lo arreglamos.",
        ],
        [
            "Diseñamos su tienda online completa por solo 299€, con dominio incluido.",
            "¿su web tiene más de 5 años? le hacemos una nueva a precio de promoción",
            "Le ofrezco rediseñar su página web con un diseño moderno y adaptado a móviles.",
        ],
        [
            "Somos una software factory en {country} con desarrolladores senior a mitad de precio.",
            "¿necesita desarrollar una app? tenemos equipo dedicado desde 15 USD la hora",
            "outsourcing de programadores remotos para su empresa, ¿agendamos una llamada?",
        ],
        [
            "Vendemos bases de datos de empresas actualizadas con correos verificados de decisores.",
            "tenemos una lista de 50.000 contactos de su sector, ¿le interesa?",
            "le vendo leads cualificados listos para llamar",
        ],
        [
            "Hola, me gustaría publicar un artículo invitado en su blog con un enlace a {link}",
            "¿aceptan artículos patrocinados? pagamos 50€ por post",
            "propongo intercambio de enlaces entre nuestras webs",
        ],
        [
            "¡Hola! Soy creadora de contenido con 120k seguidores y me encantaría colaborar con su marca.",
            "somos una agencia de influencers, podemos promocionar su negocio en TikTok",
            "te hago una reseña en mi Instagram a cambio de producto gratis",
        ],
        [
            "Soy director comercial en {company} y quería proponerle una alianza estratégica para ofrecer nuestra pasarela de pagos a sus clientes.",
            "En {company} buscamos partners como ustedes para revender nuestra plataforma de fidelización.",
            "colaboración: le ofrecemos comisiones por recomendar nuestro software de facturación",
        ],
        [
            "Trabajo desde casa: gane 300€ diarios respondiendo encuestas, sin experiencia.",
            "ESTAMOS CONTRATANDO: empleo remoto con horario flexible, escriba YA",
            "oferta de empleo: solo necesitas un móvil y 2 horas al día",
        ],
        [
            "Somos una consultora de selección de personal y le ayudamos a encontrar talento en 15 días.",
            "en {company} reclutamos perfiles comerciales para su empresa, primera búsqueda con descuento",
        ],
        [
            "Su número de teléfono ha resultado ganador en el sorteo internacional, reclame su premio de 850.000€.",
            "ENHORABUENA, ha ganado en el sorteo de la Euromillones, contacte con nuestro agente",
            "usted es el ganador del sorteo semanal, confirme sus datos en {link}",
        ],
        [
            "Únase a nuestro grupo VIP de señales de forex, 90% de aciertos.",
            "gestor de inversiones certificado: rentabilidad del 30% mensual",
            "aprende a ganar con trading desde el móvil, primer mes gratis {link}",
        ],
        [
            "Soy abogado y represento a un cliente fallecido con su mismo apellido que dejó una herencia de 4,5 millones.",
            "le escribo por un asunto confidencial: hay un fondo sin reclamar a su nombre",
            "necesito un socio de confianza para transferir una herencia, recibirá el 40%",
        ],
        [
            "Correos: su envío está retenido en aduana. Abone 1,99€ para liberarlo: {link}",
            "DHL: no pudimos entregar su paquete, reprograme la entrega aquí {link}",
            "su paquete será devuelto al remitente si no paga los gastos de gestión hoy",
        ],
        [
            "Banco: detectamos un acceso inusual, verifique su identidad en {link}",
            "su cuenta de WhatsApp será eliminada en 24 horas si no la verifica",
            "Netflix: su pago fue rechazado, actualice su tarjeta en {link}",
        ],
        [
            "Adjunto factura pendiente nº 88231, proceda al pago urgente para evitar recargos.",
            "le recordamos que tiene una factura vencida, descárguela en {link}",
            "aviso de cobro: su dominio caduca hoy, pague la renovación en {link}",
        ],
        [
            "Necesito que me compres 5 tarjetas de Google Play de 100€ y me mandes los códigos, es urgente.",
            "soy tu jefe, estoy en una reunión, cómprame tarjetas regalo y envíame foto",
            "canjea tu tarjeta regalo de 500€ del supermercado en {link}",
        ],
        [
            "Reenvía este mensaje a 10 contactos o tendrás mala suerte durante 7 años.",
            "WhatsApp empezará a cobrar, comparte este aviso con todos tus grupos",
            "esto es real!! pásalo a todos tus contactos antes de medianoche",
        ],
        [
            "mira esto 👉 {link}",
            "oferta increíble solo hoy {link} {link}",
            "Gana seguidores gratis en {link}",
        ],
        [
            "Hola guapo, estoy sola esta noche, mira mis fotos en {link}",
            "mujeres solteras cerca de ti quieren conocerte, regístrate gratis",
            "chicas de tu zona buscan citas discretas {link}",
        ],
        [
            "Le conseguimos 30 clientes nuevos al mes o le devolvemos el dinero.",
            "¿quiere más ventas? gestionamos sus campañas en Facebook e Instagram",
            "nuestra agencia llena su agenda de citas con anuncios en Google",
        ],
        [
            "Buenos días, soy ejecutiva de cuentas en {company}; somos fabricantes de {product} y nos gustaría ofrecerles nuestro catálogo con precios de fábrica.",
            "Le escribe el departamento comercial de {company}: distribuimos {product} a precios mayoristas, ¿le envío la tarifa?",
            "somos {company}, importadores de {product}; tenemos stock y podemos ofrecerle un 20% de descuento en su primer pedido",
        ],
        [
            "Vendemos reseñas de 5 estrellas en Google para su negocio.",
            "le ayudamos a subir su puntuación en Google Maps con reseñas reales",
            "¿quiere 1000 opiniones positivas? precios económicos",
        ],
        [
            "Préstamos rápidos sin aval ni papeleo, dinero en 24h.",
            "crédito aprobado de 10.000€, solo falta confirmar en {link}",
            "¿tiene deudas? las eliminamos por ley, consulta gratis",
        ],
    ],
}
