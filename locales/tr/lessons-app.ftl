# DigiD uygulamasıyla ilgili derslerin metinleri.
# Anahtarlar: lesson-<ders>-<adım> ve lesson-<ders>-<adım>-hint.
# Alıştırma hizmetinin düğmeleri ve alanları Hollandaca adlarını korur.

## Ders: DigiD uygulamasını etkinleştir
lesson-digid-app-activate-title = DigiD uygulamasını etkinleştir
lesson-digid-app-activate-intro = DigiD uygulamasını telefonuna yüklersin. Sonra bir PIN kodu seçersin.
lesson-digid-app-activate-done = DigiD uygulaman hazır. Artık onunla giriş yapabilirsin.
lesson-digid-app-activate-store = Telefonunda “Oefenwinkel” mağazasını aç.
lesson-digid-app-activate-store-hint = Telefonda yeşil simgeye dokun.
lesson-digid-app-activate-install = “Installeren” düğmesine dokun. Böylece uygulamayı telefonuna yüklersin.
lesson-digid-app-activate-open = Uygulama artık telefonunda. “Openen” düğmesine dokun.
lesson-digid-app-activate-start = “Activeren” düğmesine dokun. Bunu sadece bir kez yaparsın.
lesson-digid-app-activate-login = Kullanıcı adını ve şifreni yaz. Sonra “Inloggen” düğmesine dokun.
lesson-digid-app-activate-login-hint = Telefonun yanındaki alıştırma kartında yazıyorlar.
lesson-digid-app-activate-method = “Met een sms-code” seçeneğini seç.
lesson-digid-app-activate-method-hint = Mektup 3 gün sürer. SMS hemen gelir.
lesson-digid-app-activate-code = Bir SMS gelir. Kodu yaz. “Verder” düğmesine dokun.
lesson-digid-app-activate-code-hint = Mesaj telefonun üst kısmında. Kod 6 rakamlı.
lesson-digid-app-activate-pin = 5 rakamlı bir PIN kodu seç.
lesson-digid-app-activate-pin-hint = Alıştırma kartındaki PIN kodunu kullan: 24680.
lesson-digid-app-activate-mistake = Uygulama PIN kodunu tekrar ister. Şimdi bilerek başka rakamlar yaz.
lesson-digid-app-activate-mistake-hint = Örneğin 97531 yaz. Burada hata yapmak sorun değil.
lesson-digid-app-activate-again = Kırmızı mesajı oku. PIN kodunu yeniden seç.
lesson-digid-app-activate-confirm = Aynı PIN kodunu bir kez daha yaz.
lesson-digid-app-activate-ready = Aferin! “Naar de app” düğmesine dokun.

## Ders: DigiD uygulaması ve QR kodu ile giriş yap
lesson-digid-app-qr-title = Uygulama ve QR kodu ile giriş yap
lesson-digid-app-qr-intro = Bir bilgisayarda giriş yaparsın. Telefonundaki DigiD uygulamasını kullanırsın.
lesson-digid-app-qr-done = Bilgisayarda giriş yaptın. Telefonun ve PIN kodunla.
lesson-digid-app-qr-web = Bilgisayara bak. “Met de DigiD app” düğmesine tıkla.
lesson-digid-app-qr-open = Ekranda bir koppelcode (eşleştirme kodu) var. Şimdi telefonunda DigiD uygulamasını aç.
lesson-digid-app-qr-open-hint = Üzerinde D harfi olan mavi simgeye dokun.
lesson-digid-app-qr-start = “Inloggen op een computer” düğmesine dokun.
lesson-digid-app-qr-wait = Bazen çok uzun sürer. Telefonun yanında “5 dakika sonra” düğmesine tıkla.
lesson-digid-app-qr-wait-hint = Sonra bilgisayara bak. Koppelcode artık geçersiz.
lesson-digid-app-qr-new = Koppelcode artık geçersiz. Bilgisayarda “Nieuwe koppelcode” düğmesine tıkla.
lesson-digid-app-qr-code = Uygulamaya yeni koppelcode yaz. “Verder” düğmesine dokun.
lesson-digid-app-qr-code-hint = Koppelcode bilgisayarda yazıyor. 4 harften oluşur.
lesson-digid-app-qr-scan = Bilgisayar bir QR kodu gösterir. “Scan de QR-code” düğmesine dokun.
lesson-digid-app-qr-scan-hint = Gerçekte kamerayı koda doğru tutarsın.
lesson-digid-app-qr-confirm = Giriş yapmak istiyor musun? “Ja, inloggen” düğmesine dokun.
lesson-digid-app-qr-pin = PIN kodunu yaz. Böylece giriş yapmış olursun.
lesson-digid-app-qr-pin-hint = PIN kodu alıştırma kartında yazıyor.

## Ders: Aynı telefonda DigiD uygulamasıyla giriş yap
lesson-digid-app-phone-title = Telefonunda uygulamayla giriş yap
lesson-digid-app-phone-intro = Doğrudan telefonda giriş yaparsın. Bilgisayara ihtiyacın yok.
lesson-digid-app-phone-done = Telefonunda giriş yaptın. İşi uygulama yaptı.
lesson-digid-app-phone-browser = “Internet” simgesine dokun. Böylece web sitesi açılır.
lesson-digid-app-phone-web = “Met de DigiD app” düğmesine dokun.
lesson-digid-app-phone-confirm = DigiD uygulaması kendiliğinden açılır. “Ja, inloggen” düğmesine dokun.
lesson-digid-app-phone-mistake = Şimdi bilerek yanlış bir PIN kodu yaz.
lesson-digid-app-phone-mistake-hint = Örneğin 97531 yaz. 5 kez deneyebilirsin.
lesson-digid-app-phone-pin = Mesajı oku. Şimdi doğru PIN kodunu yaz.
lesson-digid-app-phone-pin-hint = PIN kodu alıştırma kartında yazıyor.
lesson-digid-app-phone-back = Aferin! “Terug naar Mijn Oefenzorg” düğmesine dokun.

## Ders: PIN kodumu unuttum
lesson-digid-pin-forgot-title = PIN kodumu unuttum
lesson-digid-pin-forgot-intro = PIN kodunu artık hatırlamıyorsun. Uygulamayı yeniden etkinleştirirsin.
lesson-digid-pin-forgot-done = Yeni bir PIN kodun var. Uygulaman yine çalışıyor.
lesson-digid-pin-forgot-open = Telefonunda DigiD uygulamasını aç.
lesson-digid-pin-forgot-forgot = PIN kodunu artık hatırlamıyorsun. “Pincode vergeten?” yazısına dokun.
lesson-digid-pin-forgot-reactivate = Metni oku. “Opnieuw activeren” düğmesine dokun.
lesson-digid-pin-forgot-reactivate-hint = Kimse PIN kodunu bulamaz. Yardım masası bile bulamaz.
lesson-digid-pin-forgot-login = Kullanıcı adını ve şifreni yaz. Sonra “Inloggen” düğmesine dokun.
lesson-digid-pin-forgot-login-hint = Alıştırma kartında yazıyorlar.
lesson-digid-pin-forgot-method = Şimdi “Met uw identiteitskaart” seçeneğini seç.
lesson-digid-pin-forgot-hold = “Houd de ID-kaart tegen de telefoon” düğmesine dokun.
lesson-digid-pin-forgot-hold-hint = Gerçekte kart telefonunun arkasına değer.
lesson-digid-pin-forgot-easy = Bir PIN kodu seç. Önce bilerek 12345 yaz.
lesson-digid-pin-forgot-easy-hint = Böylece uygulama kolay bir kod için ne diyor, görürsün.
lesson-digid-pin-forgot-pin = Şimdi daha iyi bir PIN kodu seç.
lesson-digid-pin-forgot-pin-hint = Örneğin 86420. Yeni PIN kodunu iyi hatırla.
lesson-digid-pin-forgot-confirm = Aynı PIN kodunu bir kez daha yaz.
