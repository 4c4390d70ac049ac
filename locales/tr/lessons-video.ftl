# Dersler: aile hekimiyle görüntülü görüşme ("Oefenbeeld"). Tırnak içindeki
# etiketler alıştırma ekranındaki Hollandaca kelimelerdir; { $… } görünümün
# kelimeleridir (bilgisayar ya da telefon).

lesson-video-test-title = Görüntülü görüşme: testi yap
lesson-video-test-intro = Kameranı, mikrofonunu ve sesini test edersin. Sonra her şeyin çalıştığını bilirsin.
lesson-video-test-done = Test bitti. Kameran, mikrofonun ve sesin çalışıyor.
lesson-video-test-open = Aile hekiminden bir e-posta geldi. “Doe eerst de test” linkine tıkla.
lesson-video-test-allow = Tarayıcı sana bir şey soruyor. “Toestaan” düğmesine tıkla.
lesson-video-test-allow-hint = Böylece site kameranı ve mikrofonunu kullanabilir. Sadece görüşme sırasında.
lesson-video-test-mistake = Bilerek “{ $camera-other }” seçeneğini seç.
lesson-video-test-mistake-hint = Kendini görmüyorsun. Kırmızı mesajı oku.
lesson-video-test-camera = “{ $camera-builtin }” seçeneğini seç. Şimdi kendini görüyorsun.
lesson-video-test-mic = “Zeg iets” düğmesine tıkla. Konuşunca çubuk hareket eder.
lesson-video-test-mic-hint = Burada konuşuyormuşsun gibi yapıyoruz. Kimse seni duymaz.
lesson-video-test-tone = “Speel geluid af” düğmesine tıkla. Bir sinyal sesi duyarsın.
lesson-video-test-tone-hint = Hiçbir şey duymuyor musun? Sesi aç.
lesson-video-test-heard = Sinyal sesini duydun mu? “Ik hoor het” düğmesine tıkla.
lesson-video-test-finish = “Klaar met de test” düğmesine tıkla.

lesson-video-permission-title = Kameraya ve mikrofona izin ver
lesson-video-permission-intro = Yanlışlıkla kamerayı ve mikrofonu engellersin. Sonra bunu düzeltirsin.
lesson-video-permission-done = Kamera ve mikrofon yine çalışıyor. Artık bunu kendin düzeltebilirsin.
lesson-video-permission-open = E-postada “Doe eerst de test” linkine tıkla.
lesson-video-permission-block = Bilerek “{ $block }” düğmesine tıkla.
lesson-video-permission-block-hint = Bu çoğu zaman yanlışlıkla olur. Bunu düzeltebilirsin.
lesson-video-permission-fix = Kırmızı mesajı oku. Orada yazanı yap.
lesson-video-permission-fix-hint = Bilgisayarda kilide tıkla. Telefonda Instellingen (Ayarlar) bölümünü aç.
lesson-video-permission-camera = “Camera” yanındaki anahtarı aç.
lesson-video-permission-mic = “Microfoon” yanındaki anahtarı aç.
lesson-video-permission-reload = “{ $fix-done }” düğmesine tıkla.
lesson-video-permission-check = “Zeg iets” düğmesine tıkla. Mikrofon yine çalışıyor.

lesson-video-call-title = Doktorla görüntülü görüşme
lesson-video-call-intro = Bekleme odasına gidersin. Sonra doktorla konuşursun.
lesson-video-call-done = Doktorla görüntülü görüştün. Bir şey ters giderse ne yapacağını da biliyorsun.
lesson-video-call-open = Saat neredeyse 10:30. E-postada “Klik hier om het gesprek te openen” linkine tıkla.
lesson-video-call-name = Adını “Je naam” kutucuğuna yaz. Alıştırma kartına bak.
lesson-video-call-name-hint = Doktor bu adı görür. Alıştırma kartındaki adı kullan.
lesson-video-call-join = “Deelnemen” düğmesine tıkla.
lesson-video-call-wait = Bekleme odasındasın. Doktor gelene kadar “1 dakika sonra” düğmesine tıkla.
lesson-video-call-wait-hint = Gerçekte beklemek daha uzun sürer. O zaman sayfada kal.
lesson-video-call-mistake = Doktor bir şey soruyor. “Ja, ik hoor u goed.” cevabına tıkla.
lesson-video-call-mistake-hint = Doktor seni duymuyor. Ekranda ne yazdığını oku.
lesson-video-call-unmute = “Zet microfoon aan” düğmesine tıkla.
lesson-video-call-hear = Bir kez daha söyle: “Ja, ik hoor u goed.”
lesson-video-call-identity = Doktor adını ve doğum tarihini soruyor. Doğru cevabı seç.
lesson-video-call-identity-hint = Alıştırma kartına bak. Adını ve doğum tarihini söyle.
lesson-video-call-alone = Doktor rahatça konuşabilir misin, diye soruyor. Cevabı seç.
lesson-video-call-alone-hint = Yanında biri var mı? O zaman bunu söyleyebilirsin.
lesson-video-call-chat = Doktor sohbete bir şey yazıyor. Onu oku. Kısa bir cevap yaz.
lesson-video-call-send = “Verstuur” düğmesine tıkla.
lesson-video-call-oops = Bilerek “Ophangen” düğmesine tıkla. Böylece geri dönmeyi çalışırsın.
lesson-video-call-oops-hint = Yanlışlıkla mı kapattın? Sorun değil. Geri dönebilirsin.
lesson-video-call-mail = “Open de uitnodiging” düğmesine tıkla.
lesson-video-call-back = “Klik hier om het gesprek te openen” linkine tekrar tıkla.
lesson-video-call-thanks = Doktor işini bitirdi. Şunu söyle: “Dank u wel. Dag dokter.”
lesson-video-call-end = “Ophangen” düğmesine tıkla. Görüşme bitti.
