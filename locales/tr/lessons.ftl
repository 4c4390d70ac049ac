# Ders metinleri. Anahtarlar: lesson-<ders>-<adım> ve lesson-<ders>-<adım>-hint.
# Alıştırma hizmetinin düğmeleri ve alanları Hollandaca adlarını korur.

## Ders: DigiD ile giriş yap
lesson-digid-web-title = DigiD ile giriş yap
lesson-digid-web-intro = Bir alıştırma sitesine giriş yaparsın. Kullanıcı adın, şifren ve bir SMS koduyla.
lesson-digid-web-done = DigiD ile giriş yaptın. Bir hatayı da düzelttin.
lesson-digid-web-username = Kullanıcı adını “Gebruikersnaam” kutucuğuna yaz. Alıştırma kartında yazıyor.
lesson-digid-web-username-hint = noor.oefen yaz. Ortadaki noktaya dikkat et.
lesson-digid-web-mistake = Şimdi bilerek yanlış bir şifre yaz. Sonra “Inloggen” düğmesine tıkla.
lesson-digid-web-mistake-hint = Örneğin welkom yaz. Burada hata yapmak sorun değil.
lesson-digid-web-fix = Kırmızı mesajı oku. Şimdi doğru şifreyi yaz.
lesson-digid-web-fix-hint = Şifre alıştırma kartında yazıyor. Büyük O harfiyle başlar.
lesson-digid-web-login = “Inloggen” düğmesine tıkla.
lesson-digid-web-sms = “Sms-controle” seçeneğini seç. Sonra telefonuna bir kod gelir.
lesson-digid-web-sms-hint = Uygulamayı başka bir derste çalışacaksın.
lesson-digid-web-code = Telefonuna bak. SMS'teki kodu yaz.
lesson-digid-web-code-hint = Kod 6 rakamlı. Telefonunu göremiyor musun? “Telefonu göster” düğmesine tıkla.
lesson-digid-web-submit = “Inloggen” düğmesine tıkla. Artık içeridesin!

## Ders: Sahte mesajları tanı
lesson-phishing-title = Sahte mesajları tanı
lesson-phishing-intro = DigiD, eczane ve aile hekimi sana mesaj gönderir. Hangileri gerçek?
lesson-phishing-done = Artık sahte mesajları tanıyorsun. Her zaman linklere, aceleye ve web adresine bak.
lesson-phishing-open = İlk mesajı aç. Bu bir SMS, gönderen DigiD.
lesson-phishing-judge = Bu mesaj gerçek mi, sahte mi? Bir düğme seç.
lesson-phishing-judge-hint = DigiD SMS ile link gönderir mi?
lesson-phishing-page = Diyelim ki linke yine de bastın. Mesajdaki linke bas.
lesson-phishing-address = Üstteki web adresine bak. Doğru mu?
lesson-phishing-address-hint = Gerçek DigiD adresi digid.nl ile biter.
lesson-phishing-rest = “Terug naar het bericht” düğmesine tıkla. Sonra diğer mesajlara karar ver.
lesson-phishing-rest-hint = Linklere, aceleye, tehditlere ve ödemelere dikkat et.

## Ders: Şifremi unuttum
lesson-digid-forgot-title = Şifremi unuttum
lesson-digid-forgot-intro = Şifreni artık hatırlamıyorsun. Bir SMS koduyla yeni bir şifre yaparsın.
lesson-digid-forgot-done = Yeni bir şifre yaptın. Onunla giriş de yaptın.
lesson-digid-forgot-open = Şifreni artık hatırlamıyorsun. “Wachtwoord vergeten?” linkine tıkla.
lesson-digid-forgot-username = Kullanıcı adını yaz. Sonra “Verder” düğmesine tıkla.
lesson-digid-forgot-username-hint = Kullanıcı adın alıştırma kartında yazıyor.
lesson-digid-forgot-code = Telefonuna bak. Kodu yaz. “Verder” düğmesine tıkla.
lesson-digid-forgot-code-hint = Kod 6 rakamlı.
lesson-digid-forgot-new = Yeni bir şifre düşün. Onu “Nieuw wachtwoord” kutucuğuna yaz.
lesson-digid-forgot-new-hint = Listeye bak. Bütün kurallara uymalı. Örneğin: Zomer2027.
lesson-digid-forgot-repeat = Aynı şifreyi bir kez daha yaz. “Wachtwoord opslaan” düğmesine tıkla.
lesson-digid-forgot-login = “Terug naar inloggen” düğmesine tıkla. Yeni şifrenle giriş yap.
lesson-digid-forgot-login-hint = Yeni şifren artık alıştırma kartında da yazıyor.

## Temel bilgiler
lesson-basics-tap-title = Bir düğmeye bas
lesson-basics-tap-intro = Bir düğmeye basınca bir şey olur. Burada bunu çalışırsın.
lesson-basics-tap-done = Düğmelere bastın. Bir sitede böyle ilerlersin.
lesson-basics-tap-go-on = Yeşil “Verder” düğmesine bas.
lesson-basics-tap-go-on-hint = Telefonda parmağınla dokunursun. Fareyle tıklarsın.
lesson-basics-tap-yes = Bir soru var. “Ja” düğmesine bas.
lesson-basics-type-title = Bir kutucuğa yaz
lesson-basics-type-intro = Sitelerde kutucuklara yazarsın. Bir yazım hatasını düzeltmeyi de çalışırsın.
lesson-basics-type-done = Yazdın ve bir hatayı düzelttin.
lesson-basics-type-name = “Voornaam” kutucuğuna dokun. Şunu yaz: Noor.
lesson-basics-type-name-hint = Büyük harf için yukarı oku kullan.
lesson-basics-type-place = “Woonplaats” kutucuğunda bir hata var: Oefenstadd. Sondaki d harfini sil.
lesson-basics-type-place-hint = Kelimenin sonuna dokun. Silme tuşuna bas.
lesson-basics-type-save = “Opslaan” düğmesine bas.
lesson-basics-scroll-title = Aşağı kaydır
lesson-basics-scroll-intro = Bir sayfa çoğu zaman ekranından uzundur. O zaman kaydırırsın.
lesson-basics-scroll-done = Aşağı ve tekrar yukarı kaydırdın.
lesson-basics-scroll-down = Aşağı kaydır. En altta “Gevonden” düğmesine bas.
lesson-basics-scroll-down-hint = Telefonda parmağını yukarı kaydırırsın. Fareyle tekerleği çevirirsin.
lesson-basics-scroll-up = Tekrar yukarı kaydır. “Naar boven” düğmesine bas.
lesson-basics-back-title = Geri git
lesson-basics-back-intro = Yanlış sayfada mısın? O zaman geri gidersin.
lesson-basics-back-done = Bir sayfa açtın ve geri döndün.
lesson-basics-back-open = “Activiteiten” düğmesine tıkla.
lesson-basics-back-back = Geri git. “Terug” düğmesine tıkla.
lesson-basics-back-back-hint = “Terug” çoğu zaman sol üsttedir. Yanında çoğu zaman küçük bir ok olur.
lesson-basics-choose-title = İşaretle ve seç
lesson-basics-choose-intro = Formlarda bir listeden seçersin. Ya da bir kutucuğu işaretlersin.
lesson-basics-choose-done = Bir listeden seçtin ve bir kutucuğu işaretledin.
lesson-basics-choose-day = Listeden bir gün seç. Örneğin woensdag (çarşamba).
lesson-basics-choose-day-hint = Listeye dokun. Sonra günleri görürsün.
lesson-basics-choose-tick = “Ik ga akkoord met de regels” yanındaki kutucuğu işaretle.
lesson-basics-choose-send = “Aanmelden” düğmesine bas.
lesson-basics-date-title = Bir tarih seç
lesson-basics-date-intro = Randevu için çoğu zaman takvimde bir gün seçersin.
lesson-basics-date-done = Bir tarih seçtin ve onayladın.
lesson-basics-date-pick = Takvimde 15 Aralık Salı gününü seç.
lesson-basics-date-pick-hint = 15 sayısını bul. “di” altında duruyor. Bu, salı demek.
lesson-basics-date-confirm = “Bevestigen” düğmesine bas.
lesson-basics-link-title = Bir linki tanı
lesson-basics-link-intro = Link seni başka bir sayfaya götürür. Onu tanımayı öğrenirsin.
lesson-basics-link-done = Bir linki tanıdın ve açtın.
lesson-basics-link-link = “openingstijden” linkine tıkla.
lesson-basics-link-link-hint = Link mavidir ve altı çizilidir.
lesson-basics-link-back = “Terug” düğmesine tıkla.
lesson-basics-popup-title = Bir pop-up pencereyi kapat
lesson-basics-popup-intro = Bazen sayfanın üstünde bir pencere çıkar. Buna pop-up denir.
lesson-basics-popup-done = Bir pop-up pencereyi kapattın.
lesson-basics-popup-close = Pop-up pencereyi çarpıyla kapat.
lesson-basics-popup-close-hint = Çarpı sağ üstte. “Ja, graag” düğmesine basmak zorunda değilsin.
lesson-basics-popup-go-on = Şimdi sayfayı görüyorsun. “Verder” düğmesine bas.
lesson-basics-zoom-title = Telefonunda yakınlaştır
lesson-basics-zoom-intro = Yazı çok mu küçük? O zaman onu büyütürsün.
lesson-basics-zoom-done = Yakınlaştırdın ve tekrar uzaklaştırdın.
lesson-basics-zoom-in = Yazıya hızlıca iki kez dokun. Ya da “Groter” düğmesine bas.
lesson-basics-zoom-in-hint = Gerçek telefonda iki parmağını ekranda ayırarak da büyütebilirsin.
lesson-basics-zoom-out = Yazıyı oku. Yazı tekrar küçülene kadar “Kleiner” düğmesine bas.
