# Oefenplein — فارسی. Keys follow locales/nl/main.ftl (the reference).
# جمله‌های کوتاه: 5 تا 10 کلمه. در هر مرحله یک پیام.

## عمومی
app-name = Oefenplein
practice-mark = تمرین — هیچ‌چیز واقعی نیست
practice-mark-more = این یعنی چه؟
skip-to-content = رفتن به محتوا
nav-label = منوی اصلی
nav-home = خانه
nav-help = کمک
nav-settings = تنظیمات
nav-about = درباره
nav-progress = پیشرفت من
nav-words = کلمه‌ها
home-link-label = Oefenplein، برگشت به صفحه اول
learner-switch = یادگیرنده را عوض کن
back-home = برگشت به صفحه اول

## زبان
language-button = زبان: { $language }

## صفحه اول
home-title = می‌خواهی چه کاری را یاد بگیری؟
home-intro = انتخاب کن چه چیزی را تمرین کنی. همه‌چیز ساختگی است. هیچ‌چیز خراب نمی‌شود.
home-tasks-label = تمرین‌ها
task-digid-title = ورود با DigiD
task-digid-text = با رمز عبور، کد پیامکی یا اپ DigiD.
task-gp-title = پیامی به پزشک خانواده
task-gp-text = در پورتال پزشک خانواده سؤال بپرس.
task-repeat-title = نسخه تکراری سفارش بده
task-repeat-text = داروهایت را دوباره سفارش بده.
task-hospital-title = رفتن به بیمارستان
task-hospital-text = پرسشنامه را پر کن و اعلام حضور کن.
task-appointment-title = نوبت بگیر
task-appointment-text = یک روز و یک ساعت انتخاب کن.
task-video-title = تماس تصویری با پزشک
task-video-text = اتاق انتظار، دوربین و صدا.
task-phishing-title = پیام‌های جعلی را بشناس
task-phishing-text = واقعی یا جعلی؟ یاد بگیر به چه چیزی دقت کنی.
task-basics-title = اصول اولیه
task-basics-text = زدن، تایپ کردن، اسکرول کردن و برگشتن.
home-safe-title = اینجا هیچ مشکلی پیش نمی‌آید
home-safe-text = از اطلاعات ساختگی یک کارت تمرین استفاده می‌کنی. هیچ‌چیز به اینترنت نمی‌رود.

## به‌زودی
soon-title = به‌زودی

## پیدا نشد
not-found-title = این صفحه وجود ندارد
not-found-text = مشکلی نیست. هیچ‌چیز خراب نشده.

## بارگیری
loading = در حال بارگیری…
load-failed-title = این بخش بارگیری نشد
load-failed-text = هیچ‌چیز خراب نشده. ببین اینترنت داری یا نه. بعد دوباره امتحان کن.
load-failed-retry = دوباره امتحان کن

## پیام‌ها درباره ذخیره کردن
notice-dismiss = فهمیدم
notice-storage-unavailable = این دستگاه چیزی ذخیره نمی‌کند. پیشرفتت فقط تا بستن صفحه می‌ماند.
notice-storage-corrupt = پیشرفت ذخیره‌شده‌ات خراب شده بود. ما از نو شروع کردیم. اطلاعات قدیمی را جدا نگه داشتیم.
notice-storage-newer = پیشرفتت با نسخه جدیدتری ذخیره شده. ما آن را تغییر نمی‌دهیم.
notice-storage-full = حافظه این دستگاه پر است. پیشرفتت الان ذخیره نمی‌شود.
notice-language-missing = { $language } بارگیری نشد. ببین اینترنت داری یا نه. بعد دوباره زبان را انتخاب کن.

## Header, cards and medals
menu-open = منو
home-lessons-done = { $done } از { $total } درس انجام شده
medal-none = هنوز مدالی نداری
medal-bronze = برنز
medal-silver = نقره
medal-gold = طلا
