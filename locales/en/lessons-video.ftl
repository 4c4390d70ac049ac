# Lessons: a video consult with the GP ("Oefenbeeld"). Quoted labels are
# the Dutch words on the practice screen; { $… } are words of the look
# (computer or phone).

lesson-video-test-title = Video calling: do the test
lesson-video-test-intro = You test your camera, microphone and sound. Then you know: everything works.
lesson-video-test-done = The test is done. Your camera, microphone and sound work.
lesson-video-test-open = You got an email from the GP. Click “Doe eerst de test”.
lesson-video-test-allow = The browser asks you something. Click “Toestaan”.
lesson-video-test-allow-hint = Then the website may use your camera and microphone. Only during the call.
lesson-video-test-mistake = Choose “{ $camera-other }” on purpose.
lesson-video-test-mistake-hint = You do not see yourself. Read the red message.
lesson-video-test-camera = Choose “{ $camera-builtin }”. Now you see yourself.
lesson-video-test-mic = Click “Zeg iets”. The bar moves when you talk.
lesson-video-test-mic-hint = Here we pretend that you talk. Nobody hears you.
lesson-video-test-tone = Click “Speel geluid af”. You hear a tone.
lesson-video-test-tone-hint = Do you hear nothing? Turn the sound up.
lesson-video-test-heard = Did you hear the tone? Click “Ik hoor het”.
lesson-video-test-finish = Click “Klaar met de test”.

lesson-video-permission-title = Allow the camera and microphone
lesson-video-permission-intro = You click on block by mistake. Then you fix it again.
lesson-video-permission-done = Camera and microphone work again. Now you can fix this yourself.
lesson-video-permission-open = In the email, click “Doe eerst de test”.
lesson-video-permission-block = Click “{ $block }” on purpose.
lesson-video-permission-block-hint = This often happens by mistake. You can fix it.
lesson-video-permission-fix = Read the red message. Do what it says.
lesson-video-permission-fix-hint = On a computer, click the lock. On a phone, open Settings (Instellingen).
lesson-video-permission-camera = Turn on the switch next to “Camera”.
lesson-video-permission-mic = Turn on the switch next to “Microfoon”.
lesson-video-permission-reload = Click “{ $fix-done }”.
lesson-video-permission-check = Click “Zeg iets”. The microphone works again.

lesson-video-call-title = Video call with the doctor
lesson-video-call-intro = You go to the waiting room. Then you talk with the doctor.
lesson-video-call-done = You called the doctor by video. You also know what to do if something goes wrong.
lesson-video-call-open = It is almost 10:30. In the email, click “Klik hier om het gesprek te openen”.
lesson-video-call-name = Type your name at “Je naam”. Look at the practice card.
lesson-video-call-name-hint = The doctor sees this name. Use the name from the practice card.
lesson-video-call-join = Click “Deelnemen”.
lesson-video-call-wait = You are in the waiting room. Click “1 minute later” until the doctor comes.
lesson-video-call-wait-hint = Real waiting takes longer. Then stay on the page.
lesson-video-call-mistake = The doctor asks something. Click “Ja, ik hoor u goed.”
lesson-video-call-mistake-hint = The doctor does not hear you. Read what it says.
lesson-video-call-unmute = Click “Zet microfoon aan”.
lesson-video-call-hear = Say it one more time: “Ja, ik hoor u goed.”
lesson-video-call-identity = The doctor asks your name and date of birth. Choose the right answer.
lesson-video-call-identity-hint = Look at the practice card. Say your name and your date of birth.
lesson-video-call-alone = The doctor asks if you can talk freely. Choose the answer.
lesson-video-call-alone-hint = Is someone with you? Then you may say so.
lesson-video-call-chat = The doctor writes something in the chat. Read it. Type a short message back.
lesson-video-call-send = Click “Verstuur”.
lesson-video-call-oops = Click “Ophangen” on purpose. This way you practise coming back.
lesson-video-call-oops-hint = Hung up by mistake? No problem. You can go back.
lesson-video-call-mail = Click “Open de uitnodiging”.
lesson-video-call-back = Click “Klik hier om het gesprek te openen” again.
lesson-video-call-thanks = The doctor is done. Say: “Dank u wel. Dag dokter.”
lesson-video-call-end = Click “Ophangen”. The call is over.
