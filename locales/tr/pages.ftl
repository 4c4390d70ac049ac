start-over = Baştan başla
language-menu-label = Bir dil seç
language-close = Kapat
soon-text = Bu alıştırmayı hâlâ hazırlıyoruz.
soon-text-2 = Sonra tekrar bak. Ya da başka bir alıştırma seç.

## Ayarlar
settings-title = Ayarlar
settings-intro = Ekranı sevdiğin gibi ayarla.
settings-text-size = Harflerin boyutu
settings-text-size-normal = Normal
settings-text-size-large = Büyük
settings-text-size-larger = Daha büyük
settings-text-size-largest = Çok büyük
settings-display = Görünüm
settings-contrast = Yüksek kontrast
settings-contrast-hint = Siyah ve beyaz, güçlü renklerle.
settings-motion = Daha az hareket
settings-motion-hint = Hareketli resim yok.
settings-saved = Seçimin kaydedildi.
settings-saved-memory = Seçimin sayfayı kapatana kadar geçerli.
settings-recorded = Kayıtlarla sesli okuma
settings-recorded-hint = Burada derslerin başka dillerde kayıtları var. Kendi dilini seç. Bir adımın kaydı yok mu? O zaman cihaz sesli okur.
settings-recorded-none = Kayıt yok: cihaz sesli okur
settings-clear-title = Her şeyi sil
settings-clear-text = Başkasının bilgisayarını mı kullanıyorsun? O zaman işin bitince her şeyi sil.
settings-clear-button = Bu cihazdaki her şeyi sil
settings-clear-confirm = Emin misin? Bir kez daha tıkla.
settings-clear-done = Her şey silindi.
settings-clear-everyone = Bu, bu cihazdaki herkesin ilerlemesini siler.

## Yardım
help-title = Nereden yardım alabilirim?
help-intro = Bunu tek başına yapmak zorunda değilsin. Rahatça yardım iste.
help-loading = Bir dakika…
help-default-library-title = Kütüphanede
help-default-library-text = Birçok kütüphanede devlet siteleri için bir yardım noktası var. Orada sana ücretsiz yardım ederler.
help-default-family-title = Güvendiğin biri
help-default-family-text = Bir aile üyesine, komşuna veya gönüllüye sor. Seninle sakince birlikte baksınlar.
help-default-digid-title = Gerçek DigiD hesabınla ilgili sorular
help-default-digid-text = DigiD yardım masasını ara. Numara DigiD web sitesinde yazıyor.
help-host-title = Burada yardım
help-host-error = Bu yerin yardım bilgisi yüklenemedi. Genel yardım aşağıda.
help-phone = Telefon
help-address = Adres
help-hours = Açık

## Hakkında
about-title = Oefenplein hakkında
about-what = Oefenplein'de dijital sağlık hizmetlerini çalışırsın. Örneğin: DigiD ile giriş yapmak.
about-fake = Her şey sahte. Siteler, isimler ve kodlar gerçekte yok.
about-no-data = Gerçek bilgilerini asla yazma. Burada onlara ihtiyacın yok.
about-device = Hiçbir şey internete gitmez. Her şey bu cihazda kalır.
about-offline = Oefenplein ilk ziyaretten sonra internetsiz de çalışır.
about-free = Oefenplein ücretsizdir. Hesap açman gerekmez.
about-clear = İlerlemen sadece bu cihazda. Onu Ayarlar bölümünde silebilirsin.

## Gerçek bilgiler (koruma)
guard-title = Dikkat: bu gerçek bilgi gibi görünüyor
guard-bsn = Bu, gerçek bir vatandaşlık hizmet numarasına (BSN) benziyor.
guard-iban = Bu, gerçek bir banka hesap numarasına (IBAN) benziyor.
guard-email = Bu, gerçek bir e-posta adresine benziyor.
guard-mobile = Bu, gerçek bir telefon numarasına benziyor.
guard-help = Burada sadece alıştırma yaparsın. Gerçek bilgiler hiç gerekmez. Onu sildik. Alıştırma kartını kullan.

## Alıştırma kartı
card-title = Alıştırma kartı
card-note = Bu bilgiler sahte. Alıştırma için bunları kullan.
card-name = Ad
card-birth = Doğum tarihi
card-username = Kullanıcı adı
card-password = Şifre
card-email = E-posta adresi
card-child = Çocuk
card-child-birth = Çocuğun doğum tarihi
card-show = Alıştırma kartını göster
card-hide = Alıştırma kartını gizle

## Alıştırma telefonu
phone-title = Telefonun (alıştırma)
phone-messages = Mesajlar
phone-empty = Henüz mesaj yok.
phone-new-message = Telefonunda yeni mesaj var
phone-open = Telefonu göster
phone-close = Telefonu kaldır
phone-wait = 10 dakika sonra
phone-wait-hint = 10 dakika geçmiş gibi yap.
phone-waited = Şimdi { $minutes } dakika geçti.
phone-screen = Telefonunun ekranı
phone-wait-5 = 5 dakika sonra
phone-wait-5-hint = 5 dakika geçmiş gibi yap.
phone-new = Yeni
phone-just-now = Az önce
phone-minutes-ago = { $minutes } dk. önce
phone-banner-close = Kapat
phone-days-ago = { $days ->
    [one] 1 gün önce
   *[other] { $days } gün önce
}
phone-waited-days = { $days ->
    [one] Şimdi 1 gün geçti.
   *[other] Şimdi { $days } gün geçti.
}
card-pin = Uygulamanın PIN kodu

## DigiD başvurusu: alıştırma kartı ve posta kutusu
card-bsn = Vatandaşlık hizmet numarası
card-street = Sokak
card-house-number = Ev numarası
card-postcode = Posta kodu
card-town = Şehir
card-chosen = Bunları kendin seçtin:
card-chosen-username = Kullanıcı adı
card-chosen-password = Şifre
letterbox-title = Posta kutun (alıştırma)
letterbox-empty = Henüz posta yok.
letterbox-new-letter = Posta kutunda bir mektup var.
letterbox-wait = 3 gün sonra
letterbox-wait-hint = 3 gün geçmiş gibi yap.
letterbox-waited = Şimdi { $days } gün geçti.

## Ders
lesson-step-of = Adım { $step } / { $total }
lesson-where = Neredeyim?
lesson-read-aloud = Sesli oku
lesson-stop-reading = Okumayı durdur
lesson-show-me = Bana göster
lesson-hint = İpucu
lesson-previous = Önceki adım
lesson-next = Sonraki adım
lesson-next-locked = Önce bu adımı alıştırma ekranında yap.
lesson-restart = Baştan başla
lesson-well-done = Aferin!
lesson-picture = Böyle görünür
lesson-done-title = Aferin!
lesson-done-text = Dersi bitirdin. İstediğin kadar alıştırma yapabilirsin.
lesson-done-again = Bir kez daha
lesson-done-other-look = Başka bir portalda tekrar yap: { $look }
lesson-done-other-look-why = Her muayenehanenin kendi portalı var. Orada düğmelerin adları farklı.
lesson-done-free = Serbest alıştırma
lesson-done-next = Şimdi ne yapabilirsin?
lesson-done-next-lesson = Sonraki ders: { $lesson }
lesson-start = Derse başla
lesson-continue = Derse devam et
lesson-finished-badge = Bitti
lesson-steps-count = { $count } adım
lesson-not-done-title = Bu ders henüz bitmedi
lesson-not-done-text = Bu dersi henüz bitirmedin. Baştan başla ya da devam et.
lesson-resume-at = { $step }. adımdan devam et
lesson-examples-notice = Kendi seçtiklerin saklanmadı. Alıştırma kartındaki örneklerle devam ediyorsun.
lesson-examples-ok = Anladım
lesson-put-back = Başka bir ekrandaydın. Ekran bu adımın başına döndü.
card-example = Bunlarla alıştırmaya devam ediyorsun:
free-practice = Serbest alıştırma
free-practice-text = Her şeyi kendin dene. Hata yapmak sorun değil.
free-practice-title = Serbest alıştırma: { $service }
practice-area-label = Alıştırma ekranı
lesson-step-of-nav = Dersin adımları

## Sahte mesajları tanı
phishing-question = Bu mesaj gerçek mi, sahte mi?
phishing-real = Gerçek
phishing-fake = Sahte
phishing-right = Doğru!
phishing-wrong = Henüz doğru değil. Tekrar dene.
phishing-why-digid-sms = DigiD SMS ile asla link göndermez. Mesaj ayrıca acele ettiriyor.
phishing-why-pharmacy-ready = Mesajda link yok. Kimse para ya da bilgi istemiyor.
phishing-why-digid-qr = DigiD e-postayla asla QR kodu göndermez. Gönderenin adresine de bak.
phishing-why-gp-portal = Mesajda link yok. Uygulamadan ya da siteden kendin giriş yaparsın.
phishing-why-pharmacy-pay = Eczane asla link ile para istemez. Hele SMS ile hiç istemez.
phishing-why-gp-threat = Bu mesaj tehdit ediyor ve acele ettiriyor. Bunlar uyarı işaretleri. Emin değilsen muayenehaneyi kendin ara.
phishing-why-digid-activated = Mesajda link yok. Yardım masasını kendin arayabilirsin.
phishing-wrong-digid-sms = Tekrar bak. Bu SMS'te link var ve acele ettiriyor. DigiD SMS ile asla link göndermez.
phishing-wrong-pharmacy-ready = Tekrar bak. Mesajda link yok. Kimse senden bir şey istemiyor.
phishing-wrong-digid-qr = Tekrar bak. DigiD e-postayla asla QR kodu göndermez. Gönderene de bak.
phishing-wrong-gp-portal = Tekrar bak. Mesajda link yok. Kendin giriş yaparsın.
phishing-wrong-pharmacy-pay = Tekrar bak. Link ile para istiyorlar. Eczane bunu asla yapmaz.
phishing-wrong-gp-threat = Tekrar bak. Mesaj tehdit ediyor ve acele ettiriyor. Bunlar uyarı işaretleri.
phishing-wrong-digid-activated = Tekrar bak. Mesajda link yok. Yardım masasını kendin ararsın.
phishing-address-question = Üstteki web adresine bak. Doğru mu?
phishing-address-right = Web adresi doğru
phishing-address-wrong = Web adresi doğru değil
phishing-address-spotted = İyi yakaladın! Gerçek adres digid.nl ile biter. Buraya asla bir şey yazma.
phishing-address-missed = Tekrar bak. Gerçek DigiD adresi digid.nl ile biter.
phishing-score = { $total } sorudan { $right } tanesi doğru
phishing-status-right = Doğru
phishing-status-wrong = Henüz doğru değil
phishing-fake-qr = Bir QR kodunun resmi

## Sesli okuma
read-aloud-no-voice = Bu cihazda şu an sesli okuma için ses yok. Lütfen sonra tekrar dene.
read-aloud-dutch-only = Bu cihazda senin dilinde ses yok. Sadece Felemenkçe kelimeleri duyarsın.
read-aloud-message = Bu mesajı sesli oku
read-aloud-pace = Oefenplein ne kadar hızlı okusun?
read-aloud-pace-normal = Normal
read-aloud-pace-slow = Yavaş
gp-wait-days = 1 gün sonra
gp-wait-days-hint = Bir gün geçmiş gibi yap. Böylece cevap daha çabuk gelir.
gp-idle-button = 15 dakika hiçbir şey yapma
gp-idle-button-hint = Sitede 15 dakika hiçbir şey yapmamış gibi yap.

## Görüntülü görüşmenin yanında

video-wait-minute = 1 dakika sonra
video-wait-minute-hint = Bir dakika geçmiş gibi yap.
video-own-title = Kendi kameranı dene
video-own-text = Bunu yapmak zorunda değilsin. Kendini sadece burada görürsün. Hiçbir şey kaydedilmez, saklanmaz ya da gönderilmez.
video-own-view = Kendi kameran
video-own-start = Kameramı aç
video-own-stop = Kameramı kapat
video-own-refused = Tarayıcı kameranı kullanamıyor. Sorun değil. Kamerasız da alıştırma yapabilirsin.
video-own-none = Kamera bulunamadı. Sorun değil. Kamerasız da alıştırma yapabilirsin.

## Eczane alıştırması: uygulamanın yanında, öğrencinin dilinde.
pharmacy-to-pharmacy = Eczaneye git
pharmacy-to-phone = Telefonuna dön
pharmacy-wait-day = 1 gün sonra
pharmacy-wait-day-hint = Bir gün geçmiş gibi yap.
pharmacy-wait-week = 1 hafta sonra
pharmacy-wait-week-hint = Bir hafta geçmiş gibi yap.
hospital-to-hospital = Hastaneye git
hospital-to-home = Eve dön
hospital-wait-day = 1 gün sonra
hospital-wait-day-hint = Yarın olmuş gibi yap: randevu günün.
hospital-visit-day = Şimdi randevu günün.

journey-title = Sağlık hizmetlerinde yolun
journey-text = Önce aile hekimi. Sonra eczane. Bazen ondan sonra hastane.
journey-step = Adım { $n }
journey-done = bitti

## İlerlemem
progress-title = İlerlemem
progress-intro = Burada neleri çalıştığını görürsün.
progress-counts = Bronz: {$bronze} · Gümüş: {$silver} · Altın: {$gold}
progress-rules-title = Nasıl madalya kazanırsın
progress-rule-bronze = Dersi yaptın.
progress-rule-silver = Dersi “İpucu” ve “Bana göster” olmadan yaptın.
progress-rule-gold = Sonra kendin yaptın. “Serbest alıştırma” bölümünde ya da başka bir portalda.
progress-rules-note = Madalya bir sınav değil. Her şeyi istediğin kadar çalışabilirsin.
progress-lessons-title = Derslerin
progress-lesson-started = Başladın: adım { $step } / { $total }
progress-lesson-todo = Henüz yapılmadı
progress-save-title = İlerlemeni kaydet
progress-save-text = Kütüphane bilgisayarında mı çalışıyorsun? Gidince her şeyi unutur.
progress-save-text-2 = Bu kodu bir yere yaz. Ya da fotoğrafını çek.
progress-code-label = Kodun
progress-copy = Kodu kopyala
progress-copied = Kodu kopyaladın.
progress-qr-label = İlerlemeni taşıyan QR kodu
progress-qr-text = Ya da QR kodunu telefonunla tara. Böylece ilerlemen seninle gelir.
progress-save-privacy = Kodda sadece derslerin ve madalyaların var. Adın asla yok. Yazdıkların asla yok.
progress-restore-title = İlerlemeni geri al
progress-restore-text = Kodun var mı? Buraya yaz. Burada yaptıkların da kalır.
progress-restore-from-link = QR kodundaki kod hazır. “Geri yükle” düğmesine tıkla.
progress-restore-button = Geri yükle
progress-restore-done = Oldu! İlerlemen geri geldi.
progress-error-empty = Önce kodunu yaz.
progress-error-char = “{ $char }” bir kodda olmaz. Dikkatlice tekrar bak.
progress-error-short = Bu kod çok kısa. Bir parçası eksik.
progress-error-typo = Bu kod doğru değil. Belki bir harf ya da rakam farklı. Dikkatlice tekrar bak.
progress-error-newer = Bu kod Oefenplein'in daha yeni bir sürümünden geliyor. Bu bilgisayar onu henüz okuyamaz.
progress-error-help = Olmuyor mu? Bir görevliden ya da gönüllüden yardım iste.
progress-certificate-text = Madalyalarınla bir sertifika yazdır.
progress-certificate-link = Sertifikaya git

## Kim alıştırma yapıyor? Bir cihazda birkaç kişi, her birinin kendi işareti (isim yok)
learners-title = Kim alıştırma yapıyor?
learners-intro = Bu cihazda birkaç kişi mi çalışıyor? O zaman herkes kendi işaretini seçsin.
learners-intro-2 = Böylece herkesin kendi ilerlemesi olur. İsim gerekmez.
learners-pick-title = İşaretini seç
learners-you = Şu an sen busun.
learners-new-title = Yeni misin? Bir işaret seç
learners-symbol = Resim
learners-colour = Renk
learners-preview = İşaretin böyle görünür:
learners-join = Bu benim işaretim
learners-keeps = Bu cihazda şu an ne varsa senin işaretine geçer.
learners-now = Oldu! Artık bu işaretle çalışıyorsun: { $sign }.
learners-taken = Bu işaret başka birinin. Başka bir resim ya da başka bir renk seç.
learners-full = Daha fazla işarete yer yok. Eğitmenden yardım iste.
learners-unknown = Bu işaret artık yok. Belki az önce silindi.
learners-unsigned = Bu cihazda işareti olmayan bir ilerleme var. Önce onun için yeni bir işaret seç.
learners-stop-title = Alıştırman bitti mi?
learners-stop-text = O zaman işaretini ve ilerlemeni sil. Diğerlerinin ilerlemesi kalır.
learners-stop-button = Bitir ve ilerlememi sil
learners-stop-confirm = Emin misin? Bir kez daha tıkla.
learners-stop-done = İlerlemen silindi. Sıradaki kişi bir işaret seçebilir.
learners-help = Olmuyor mu? Eğitmenden yardım iste.
learners-back = İlerlememe git
learners-link-title = Bir cihazda birkaç kişi mi var?
learners-link-text = Herkes kendi işaretini seçsin. Böylece herkesin kendi ilerlemesi olur.
learners-link = İşaretini seç
learners-sign = { $symbol }, { $colour }
learner-symbol-sun = Güneş
learner-symbol-star = Yıldız
learner-symbol-tree = Ağaç
learner-symbol-flower = Çiçek
learner-symbol-fish = Balık
learner-symbol-bird = Kuş
learner-symbol-heart = Kalp
learner-symbol-moon = Ay
learner-colour-blue = mavi
learner-colour-green = yeşil
learner-colour-orange = turuncu
learner-colour-purple = mor
learner-colour-red = kırmızı
learner-colour-grey = gri

## Dersten sonra madalyalar
medal-earned-bronze = Bu dersten bronz kazandın!
medal-earned-silver = Bu dersten gümüş kazandın!
medal-earned-gold = Bu dersten altın kazandın!
medal-next-bronze = Dersi “İpucu” ve “Bana göster” olmadan tekrar yap. O zaman gümüş kazanırsın.
medal-next-silver = Şimdi “Serbest alıştırma” bölümünde kendin yap. O zaman altın kazanırsın.
medal-next-silver-look = Şimdi “Serbest alıştırma” bölümünde ya da diğer portalda kendin yap. O zaman altın kazanırsın.
medal-next-gold = Aferin! Neler yapabildiğini görmek için “İlerlemem” sayfasına bak.

## Sertifika
certificate-title = Sertifika
certificate-intro = Bu sertifikayı yazdır. Adını yazabilirsin, ama yazmak zorunda değilsin.
certificate-name-label = Adın (sadece kâğıt için)
certificate-name-hint = Oefenplein adını saklamaz.
certificate-print = Sertifikayı yazdır
certificate-by = { $name } Oefenplein ile alıştırma yaptı.
certificate-by-nobody = Oefenplein ile alıştırma yapıldı.
certificate-list = Çalışılan dersler:
certificate-date = Tarih: { $date }
certificate-footer = Oefenplein — gerçek bilgi olmadan alıştırma
certificate-empty = Henüz hiç ders yapmadın. Önce bir ders yap. Sonra sertifika yazdırabilirsin.
certificate-back = İlerlememe dön

## Kısa test
selfcheck-title = Kısa test: nereden başlamalısın?
selfcheck-link = Nereden başlayacağını bilmiyor musun? Kısa testi yap.
selfcheck-intro = Beş kısa soru. Sonra hangi dersle başlayacağını bilirsin.
selfcheck-intro-2 = Bu bir sınav değil. Yanlış cevap yok. Sadece başlangıç noktanı saklarız.
selfcheck-start = Kısa teste başla
selfcheck-skip = Atla
selfcheck-next = İleri
selfcheck-previous = Geri
selfcheck-count = Soru { $n } / 5
selfcheck-choose-one = Bir cevap seç. Emin değil misin? En uygun olanı seç.
selfcheck-device = İnternetli bir telefonun, tabletin ya da bilgisayarın var mı?
selfcheck-device-yes = Evet
selfcheck-device-no = Hayır
selfcheck-not-sure = Bilmiyorum
selfcheck-health = İnternette sağlığınla ilgili bilgi arar mısın?
selfcheck-health-often = Evet, sık sık
selfcheck-health-sometimes = Bazen
selfcheck-health-never = Hiç
selfcheck-forms = İnternette form doldurmak senin için nasıl?
selfcheck-forms-easy = İyi, bunu yapabilirim
selfcheck-forms-help = Biraz yardımla yapabilirim
selfcheck-forms-hard = Bunu zor buluyorum
selfcheck-forms-never = Bunu hiç yapmadım
selfcheck-tap = “Buraya” düğmesine bas.
selfcheck-tap-button = Buraya
selfcheck-tap-missed = Az kaldı. Tekrar dene.
selfcheck-tap-first = Önce “Buraya” düğmesine bas.
selfcheck-type = Şu kelimeyi yaz: { $word }
selfcheck-type-label = Kelimen
selfcheck-type-wrong = Bu henüz o kelime değil. Dikkatlice bak ve tekrar dene.
selfcheck-result-title = Başlangıç noktan
selfcheck-level-beginner = Yeni başlayan
selfcheck-level-familiar = Biraz deneyimli
selfcheck-level-experienced = Deneyimli
selfcheck-level-beginner-text = Temel bilgilerle başla: düğmeler, yazmak ve kaydırmak.
selfcheck-level-familiar-text = DigiD ile giriş yapmakla başla. Buna neredeyse her yerde ihtiyacın var.
selfcheck-level-experienced-text = Aile hekiminin portalıyla başla.
selfcheck-no-exam = Bu bir tavsiye. İstediğin dersi seçebilirsin.
selfcheck-first-lesson = Şununla başla: { $lesson }
selfcheck-choose-myself = Kendim seçeceğim
selfcheck-again = Kısa testi tekrar yap
selfcheck-help = Biriyle birlikte çalışmayı mı tercih edersin? Kütüphaneden yardım iste.
progress-level = Başlangıç noktan: { $level }

## Ekrandaki kelimeler
words-title = Ekrandaki kelimeler
words-intro = Bu kelimeleri sitelerde ve uygulamalarda sık görürsün. Bir kelimeye dokun. Sonra ne demek olduğunu görürsün.
words-group-screen = Her ekranda
words-group-login = Giriş yapmak
words-group-care = Sağlık hizmetlerinde
words-say = Kelimeyi söyle
words-read = Sesli oku
words-picture = “{$lesson}” dersinde böyle görünür.
words-practise = Derste alıştırmasını yap
words-all = Bütün kelimeler
words-ask = Bir kelimeyi anlamadın mı? Güvendiğin birine sor.
words-in-step = Bu adımdaki kelimeler
word-knop-about = “knop” bir düğmedir. Ona basınca bir şey yapar. Telefonda ona dokunursun. Fareyle tıklarsın.
word-vakje-about = “vakje” bir kutucuktur. İçine bir şey yazarsın, örneğin adını. Buna “invulveld” da denir: doldurma alanı.
word-link-about = “link” seni başka bir sayfaya götürür. Link çoğu zaman mavidir ve altı çizilidir.
word-vinkje-about = “vinkje” bir onay işaretidir. Onay işaretiyle evet dersin. Kutucuğa dokun. İçinde bir onay işareti çıkar.
word-pop-up-about = “pop-up” sayfanın üstünde açılan bir penceredir. Onu küçük çarpıyla kapatırsın.
word-scrollen-about = “scrollen” kaydırmak demektir: sayfayı yukarı ya da aşağı kaydırmak. Böylece gerisini görürsün.
word-app-about = “app” bir uygulamadır: telefonundaki bir program. Resmine dokunarak onu açarsın.
word-installeren-about = “installeren” yüklemek demektir: telefonuna bir uygulama koymak. Bunu uygulama mağazasında yaparsın.
word-digid-about = “DigiD” ile internette kim olduğunu gösterirsin. DigiD devletin sistemidir.
word-inloggen-about = “inloggen” giriş yapmak demektir: bir siteye ya da uygulamaya girmek. Kim olduğunu gösterirsin.
word-gebruikersnaam-about = “gebruikersnaam” kullanıcı adın demektir. Bu adla giriş yaparsın. Onu kendin seçersin.
word-wachtwoord-about = “wachtwoord” şifre demektir: gizli bir kelime. Onu sadece sen bilirsin. Asla kimseye söyleme.
word-sms-code-about = “sms-code” telefonuna SMS ile gelir. Onu yazarsın. Böylece site senin olduğunu bilir.
word-activeringscode-about = “activeringscode” etkinleştirme kodudur. Bir mektupla gelir. Onu bir kez yazarsın. Sonra DigiD çalışır.
word-koppelcode-about = “koppelcode” bir eşleştirme kodudur. Uygulamayı bilgisayara bağlar. Kod sadece kısa bir süre çalışır.
word-qr-code-about = “QR-code” küçük bloklardan oluşan bir karedir. Onu telefonunun kamerasıyla tararsın.
word-pincode-about = “pincode” PIN kodu demektir: gizli bir sayı. Onu kendin seçersin. Asla kimseye söyleme.
word-uitloggen-about = “uitloggen” çıkış yapmak demektir: bir siteden ya da uygulamadan çıkmak. İşin bitince bunu hep yap.
word-portaal-about = “portaal” bir portaldır: güvenli bir web sitesi. Örneğin aile hekiminin bir portalı var. DigiD ile giriş yaparsın.
word-afspraak-about = “afspraak” randevu demektir. Doktorda bir saat seçersin. Bunu çoğu zaman internetten yapabilirsin.
word-herhaalrecept-about = “herhaalrecept” tekrar reçetesi demektir. Bir ilacı yeniden istersin. Bu, zaten kullandığın bir ilaçtır.
word-e-consult-about = “e-consult” aile hekimine internetten sorulan bir sorudur. Cevabı portalda okursun.
word-uitslag-about = “uitslag” bir sonuçtur. Bir testten ne çıktığını söyler. Örneğin bir kan testinden.
word-vragenlijst-about = “vragenlijst” bir ankettir: bir soru listesi. Onu randevundan önce doldurursun.
word-inchecken-about = “inchecken” check-in yapmak demektir: orada olduğunu bildirmek. Örneğin hastanede.
word-verwijzing-about = “verwijzing” sevk demektir. Aile hekimi seni bununla bir uzmana gönderir. Örneğin hastaneye.
word-wachtkamer-about = “wachtkamer” bekleme odası demektir. İnternetteki bekleme odasında doktoru beklersin. Sayfada kal.

## Eğitmenler için: adım kartları
trainers-title = Eğitmenler için
trainers-text = Her adımın D2-3 gibi bir kodu var. Böylece birinin nerede olduğunu uzaktan görürsün. Grup dersi için adım kartlarını yazdır.
trainers-cards = Adım kartları: {$lesson}
cards-page-title = Adım kartları
cards-title = Adım kartları: {$lesson}
cards-intro = Her adım için bir kart: kod, resim ve metin. İşe yararsa ikinci bir dil seç.
cards-back = Göreve dön
cards-second-language = Kartlarda ikinci dil
cards-none = Yok
cards-print = Yazdır
cards-rule = Asla gerçek DigiD ya da sağlık bilgileriyle çalışma. Alıştırma kartını kullan.
trainers-present = Sunum yap: {$lesson}

## Sunum: grup için ekran ve kumanda
present-title = Sunum
present-text = Bu ekran grup için. Onu ikinci bir pencereden yönet.
present-open-controls = Kumandayı aç
present-stop = Sunumu bitir
controls-page-title = Kumanda
controls-intro = Eğitmen için kumanda. Grup ekrana bakar.
controls-title = Kumanda: {$lesson}
controls-no-screen = Ekran henüz bulunamadı. Aşağıdaki düğmeyle onu aç.
controls-at = Ekran şu adımda: {$step}.
controls-at-end = Ekran dersin sonunda.
controls-elsewhere = Ekran başka bir ders gösteriyor: {$lesson}.
controls-previous = Önceki adım
controls-next = Sonraki adım
controls-restart = Baştan başla
controls-open-screen = Ekranı aç
controls-steps = Bütün adımlar
controls-note = Eğitmen olarak senin için
controls-note-step = Önce adımı göster. Sonra herkes kendisi yapsın.
controls-note-mistake = Burada bilerek bir hata olur. Önce grup neyin yanlış gittiğini bulsun.
controls-faults = Bir hata göster
controls-faults-intro = Sonraki denemenin bilerek yanlış gitmesini sağla. Böylece grup düzeltmeyi çalışır.
controls-fault-armed = Tamam. Ekrandaki sonraki deneme yanlış gider.
fault-wrong-code = SMS kodu yanlış
fault-expired-code = SMS kodunun süresi geçmiş
fault-blocked-pin = Uygulama engellenir
fault-slot-taken = Bu saat zaten dolu
fault-camera-blocked = Kamera engellenir
trainers-plan = Ders planı: {$lesson}
plan-page-title = Ders planı
plan-title = Ders planı: {$lesson}
plan-goal = Grup ne öğreniyor
plan-duration-title = Ne kadar sürer
plan-duration = {$steps} adım için yaklaşık {$minutes} dakika.
plan-prepare = Hazırlık
plan-prepare-device = Herkes için Oefenplein açık bir bilgisayar, tablet ya da telefon.
plan-prepare-card = Alıştırma kartı. Alıştırma ekranının yanında durur. İşe yararsa onu yazdır.
plan-prepare-screen = Büyük bir ekran ya da projektör. Dersi orada Sunum düğmesiyle aç.
plan-stuck = İnsanlar burada sık takılır
plan-mistake = Bilerek yapılan hata
plan-phrases = Yardımcı cümleler
plan-phrase-look = Önce dikkatlice bak. Sonra tıkla.
plan-phrase-read = Mesajı sesli oku.
plan-phrase-safe = Hata yapmak sorun değil. Burada hiçbir şey bozulmaz.
plan-phrase-find = Adımdaki kelimeyi ekranda bul.
trainers-card-sheet = Alıştırma kartlarını yazdır (bir sayfada altı)
card-sheet-title = Yazdırmak için alıştırma kartları
card-sheet-intro = Bir sayfada altı kart. Kes ve herkese bir tane ver. Böylece kimse kendi bilgilerini yazmaz.

## Kiosk: herkese açık bilgisayarlar (yerin kiosk.json dosyası)
kiosk-label = Bu bilgisayar
kiosk-at = Alıştırma yerin: {$library}.
kiosk-rule = {$minutes} dakika hiçbir şey yapmazsan her şeyi sileriz. Sonra sıradaki ziyaretçi başlayabilir.
kiosk-question = Hâlâ orada mısın?
kiosk-seconds-left = {$seconds} saniye sonra her şeyi sileriz. Sonra sıradaki ziyaretçi başlayabilir.
kiosk-still-here = Evet, hâlâ buradayım
kiosk-note-title = Bu bilgisayarın yöneticisi için
kiosk-note-not-json = kiosk.json dosyası geçerli bir JSON değil. Bu yüzden kiosk kapalı.
kiosk-note-bad-value = kiosk.json içinde “{$field}” değeri doğru değil. Şimdi onun yerine varsayılan değer kullanılıyor.

## JavaScript olmadan (index.html içinde de var; bir test bunu kontrol eder)
noscript-text = Oefenplein sadece JavaScript açıkken çalışır.
