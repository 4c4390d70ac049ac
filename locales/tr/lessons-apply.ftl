# Ders: DigiD başvurusu. Anahtarlar: lesson-digid-apply-<adım> ve lesson-digid-apply-<adım>-hint.
# Alıştırma hizmetinin düğmeleri ve alanları Hollandaca adlarını korur.

lesson-digid-apply-title = DigiD başvurusu yap
lesson-digid-apply-intro = Bir DigiD için başvurursun. Sonra kodlu bir mektup gelir.
lesson-digid-apply-done = DigiD hesabın artık etkin! Bir hatayı da düzelttin.
lesson-digid-apply-start = “Aanvragen” düğmesine tıkla.
lesson-digid-apply-bsn = Vatandaşlık hizmet numaranı (BSN) yaz. Alıştırma kartında yazıyor.
lesson-digid-apply-bsn-hint = Numara 9 rakamlı: 123456780.
lesson-digid-apply-address = Posta kodunu ve ev numaranı yaz. Alıştırma kartında yazıyorlar.
lesson-digid-apply-address-hint = Küçük harf ve boşluk da olur. Örneğin: 9999zz.
lesson-digid-apply-mistake = Şimdi bilerek bir hata yap. “Geboortedatum” kutucuğuna 31-02-1958 yaz. “Volgende” düğmesine tıkla.
lesson-digid-apply-mistake-hint = 31 Şubat diye bir gün yok. Burada hata yapmak sorun değil.
lesson-digid-apply-fix = Kırmızı mesajı oku. Alıştırma kartındaki doğum tarihini yaz. “Volgende” düğmesine tıkla.
lesson-digid-apply-fix-hint = Tarihi birçok şekilde yazabilirsin. Örneğin 14-05-1958 ya da 14 mei 1958.
lesson-digid-apply-username = Bir kullanıcı adı düşün. Onu “Gebruikersnaam” kutucuğuna yaz.
lesson-digid-apply-username-hint = En az 6 karakter, boşluk yok. Örneğin: noor1958.
lesson-digid-apply-password = Bir şifre düşün. Altındaki listeye bak.
lesson-digid-apply-password-hint = Bütün kurallara uymalı. Örneğin: Zomer2027.
lesson-digid-apply-repeat = Şifreni bir kez daha yaz. “Volgende” düğmesine tıkla.
lesson-digid-apply-send = Her şey doğru mu, kontrol et. “Aanvraag versturen” düğmesine tıkla.
lesson-digid-apply-send-hint = Bir şey yanlış mı? “Wijzigen” ile onu değiştir.
lesson-digid-apply-letter = Mektup 3 gün sürer. Posta kutunun yanında “3 gün sonra” düğmesine tıkla.
lesson-digid-apply-letter-hint = Gerçekte mektup postayla gelir. Burada öyleymiş gibi yapıyoruz.
lesson-digid-apply-open = Mektup geldi. “DigiD activeren” düğmesine tıkla.
lesson-digid-apply-login = Yeni kullanıcı adın ve şifrenle giriş yap.
lesson-digid-apply-login-hint = Seçtiklerin artık alıştırma kartında da yazıyor.
lesson-digid-apply-code = Mektuptaki etkinleştirme kodunu yaz. “Activeren” düğmesine tıkla.
lesson-digid-apply-code-hint = Mektup posta kutunda. Boşluk ve küçük harf olur.
