# Oefenplein — Türkçe. Keys follow locales/nl/main.ftl (the reference).
# Kısa cümleler: 5 ila 10 kelime. Her adımda tek mesaj.

## Genel
app-name = Oefenplein
practice-mark = Alıştırma — gerçek değil
practice-mark-more = Bu ne demek?
skip-to-content = İçeriğe geç
nav-label = Ana menü
nav-home = Ana sayfa
nav-help = Yardım
nav-settings = Ayarlar
nav-about = Hakkında
nav-progress = İlerlemem
nav-words = Kelimeler
home-link-label = Oefenplein, başa dön
learner-switch = Öğrenci değiştir
back-home = Başa dön

## Dil
language-button = Dil: { $language }

## Ana sayfa
home-title = Ne yapabilmek istiyorsun?
home-intro = Ne çalışmak istediğini seç. Her şey sahte. Hiçbir şeyi bozamazsın.
home-tasks-label = Alıştırmalar
task-digid-title = DigiD ile giriş yap
task-digid-text = Şifre, SMS kodu veya DigiD uygulaması ile.
task-gp-title = Aile hekimine mesaj
task-gp-text = Aile hekiminin portalında bir soru sor.
task-repeat-title = Tekrar reçetesi iste
task-repeat-text = İlacını yeniden sipariş et.
task-hospital-title = Hastaneye gitmek
task-hospital-text = Bir anket doldur ve check-in yap.
task-appointment-title = Randevu al
task-appointment-text = Bir gün ve saat seç.
task-video-title = Doktorla görüntülü görüşme
task-video-text = Bekleme odası, kamera ve ses.
task-phishing-title = Sahte mesajları tanı
task-phishing-text = Gerçek mi, sahte mi? Nelere bakacağını öğren.
task-basics-title = Temel bilgiler
task-basics-text = Dokun, yaz, kaydır ve geri git.
home-safe-title = Burada hiçbir şey ters gidemez
home-safe-text = Alıştırma kartındaki sahte bilgileri kullanırsın. Hiçbir şey internete gitmez.

## Yakında
soon-title = Yakında

## Bulunamadı
not-found-title = Bu sayfa yok
not-found-text = Sorun değil. Hiçbir şey bozulmadı.

## Yükleniyor
loading = Yükleniyor…
load-failed-title = Bu bölüm yüklenemedi
load-failed-text = Hiçbir şey bozulmadı. İnternetin var mı, bak. Sonra tekrar dene.
load-failed-retry = Tekrar dene

## Kaydetme ile ilgili bildirimler
notice-dismiss = Anladım
notice-storage-unavailable = Bu cihaz hiçbir şey kaydetmez. İlerlemen sadece sayfayı kapatana kadar kalır.
notice-storage-corrupt = Kayıtlı ilerlemen bozulmuştu. Baştan başladık. Eski veriler ayrıca saklandı.
notice-storage-newer = İlerlemen daha yeni bir sürümle kaydedildi. Onu değiştirmiyoruz.
notice-storage-full = Bu cihazın belleği dolu. İlerlemen şu an kaydedilmiyor.
notice-language-missing = { $language } yüklenemedi. İnternetin var mı, bak. Sonra dili tekrar seç.

## Header, cards and medals
menu-open = Menü
home-lessons-done = { $total } dersten { $done } tanesi bitti
medal-none = Henüz madalya yok
medal-bronze = Bronz
medal-silver = Gümüş
medal-gold = Altın
