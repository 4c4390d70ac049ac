# Lessons: a video consult with the GP ("Oefenbeeld"). Quoted labels are
# the Dutch words on the practice screen; { $… } are words of the look
# (computer or phone).

lesson-video-test-title = Beeldbellen: de test doen
lesson-video-test-intro = Je test je camera, microfoon en geluid. Dan weet je: alles werkt.
lesson-video-test-done = De test is klaar. Je camera, microfoon en geluid werken.
lesson-video-test-open = Je kreeg een e-mail van de huisarts. Klik op “Doe eerst de test”.
lesson-video-test-allow = De browser vraagt iets. Klik op “Toestaan”.
lesson-video-test-allow-hint = Dan mag de website je camera en microfoon gebruiken. Alleen tijdens het gesprek.
lesson-video-test-mistake = Kies expres “{ $camera-other }”.
lesson-video-test-mistake-hint = Je ziet jezelf niet. Lees de rode melding.
lesson-video-test-camera = Kies “{ $camera-builtin }”. Nu zie je jezelf.
lesson-video-test-mic = Klik op “Zeg iets”. De balk beweegt als je praat.
lesson-video-test-mic-hint = Hier doen we alsof je praat. Niemand hoort je.
lesson-video-test-tone = Klik op “Speel geluid af”. Je hoort een toon.
lesson-video-test-tone-hint = Hoor je niets? Zet het geluid harder.
lesson-video-test-heard = Hoorde je de toon? Klik op “Ik hoor het”.
lesson-video-test-finish = Klik op “Klaar met de test”.

lesson-video-permission-title = Toestemming geven voor camera en microfoon
lesson-video-permission-intro = Je klikt per ongeluk op blokkeren. Daarna zet je het weer goed.
lesson-video-permission-done = Camera en microfoon werken weer. Je kunt dit nu zelf herstellen.
lesson-video-permission-open = Klik in de e-mail op “Doe eerst de test”.
lesson-video-permission-block = Klik expres op “{ $block }”.
lesson-video-permission-block-hint = Dit gebeurt vaak per ongeluk. Je kunt het herstellen.
lesson-video-permission-fix = Lees de rode melding. Doe wat er staat.
lesson-video-permission-fix-hint = Op een computer klik je op het slotje. Op een telefoon open je Instellingen.
lesson-video-permission-camera = Zet de schakelaar bij “Camera” aan.
lesson-video-permission-mic = Zet de schakelaar bij “Microfoon” aan.
lesson-video-permission-reload = Klik op “{ $fix-done }”.
lesson-video-permission-check = Klik op “Zeg iets”. De microfoon werkt weer.

lesson-video-call-title = Beeldbellen met de dokter
lesson-video-call-intro = Je gaat naar de wachtkamer. Dan praat je met de dokter.
lesson-video-call-done = Je hebt met de dokter gebeld. Je weet ook wat je doet als het misgaat.
lesson-video-call-open = Het is bijna 10:30. Klik in de e-mail op “Klik hier om het gesprek te openen”.
lesson-video-call-name = Typ je naam bij “Je naam”. Kijk op de oefenkaart.
lesson-video-call-name-hint = De dokter ziet deze naam. Gebruik de naam van de oefenkaart.
lesson-video-call-join = Klik op “Deelnemen”.
lesson-video-call-wait = Je bent in de wachtkamer. Klik op “1 minuut later” tot de dokter komt.
lesson-video-call-wait-hint = Echt wachten duurt langer. Blijf dan op de pagina.
lesson-video-call-mistake = De dokter vraagt iets. Klik op “Ja, ik hoor u goed.”
lesson-video-call-mistake-hint = De dokter hoort je niet. Lees wat er staat.
lesson-video-call-unmute = Klik op “Zet microfoon aan”.
lesson-video-call-hear = Zeg het nog een keer: “Ja, ik hoor u goed.”
lesson-video-call-identity = De dokter vraagt je naam en geboortedatum. Kies het goede antwoord.
lesson-video-call-identity-hint = Kijk op de oefenkaart. Noem je naam én je geboortedatum.
lesson-video-call-alone = De dokter vraagt of je vrij kunt praten. Kies het antwoord.
lesson-video-call-alone-hint = Is er iemand bij je? Dan mag je dat zeggen.
lesson-video-call-chat = De dokter zet iets in de chat. Lees het. Typ een kort bericht terug.
lesson-video-call-send = Klik op “Verstuur”.
lesson-video-call-oops = Klik expres op “Ophangen”. Zo oefen je terugkomen.
lesson-video-call-oops-hint = Per ongeluk opgehangen? Geen probleem. Je kunt terug.
lesson-video-call-mail = Klik op “Open de uitnodiging”.
lesson-video-call-back = Klik nog een keer op “Klik hier om het gesprek te openen”.
lesson-video-call-thanks = De dokter is klaar. Zeg: “Dank u wel. Dag dokter.”
lesson-video-call-end = Klik op “Ophangen”. Het gesprek is klaar.
