# Oefenplein — العربية. المفاتيح تتبع locales/nl/main.ftl (المرجع).
# جمل قصيرة: من 5 إلى 10 كلمات. رسالة واحدة في كل خطوة.

## عام
app-name = Oefenplein
practice-mark = تدريب — لا شيء هنا حقيقي
practice-mark-more = ماذا يعني هذا؟
skip-to-content = انتقل إلى المحتوى
nav-label = القائمة الرئيسية
nav-home = البداية
nav-help = مساعدة
nav-settings = الإعدادات
nav-about = حول
nav-progress = تقدّمي
nav-words = كلمات
home-link-label = Oefenplein، العودة إلى البداية
learner-switch = غيّر المتدرّب
back-home = العودة إلى البداية

## اللغة
language-button = اللغة: { $language }

## البداية
home-title = ماذا تريد أن تستطيع أن تفعل؟
home-intro = اختر ما تريد أن تتدرّب عليه. كل شيء مزيّف. لا يمكنك أن تكسر شيئًا.
home-tasks-label = التمارين
task-digid-title = تسجيل الدخول بـ DigiD
task-digid-text = بكلمة المرور أو رمز الرسالة النصية أو تطبيق DigiD.
task-gp-title = رسالة إلى طبيب العائلة
task-gp-text = اطرح سؤالًا في بوابة طبيب العائلة.
task-repeat-title = اطلب وصفة طبية متكررة
task-repeat-text = اطلب أدويتك مرة أخرى.
task-hospital-title = الذهاب إلى المستشفى
task-hospital-text = املأ استبيانًا وسجّل حضورك.
task-appointment-title = احجز موعدًا
task-appointment-text = اختر يومًا ووقتًا.
task-video-title = مكالمة فيديو مع الطبيب
task-video-text = غرفة الانتظار والكاميرا والصوت.
task-phishing-title = تعرّف على الرسائل المزيّفة
task-phishing-text = حقيقية أم مزيّفة؟ تعلّم ما الذي تنتبه له.
task-basics-title = الأساسيات
task-basics-text = النقر والكتابة والتمرير والرجوع.
home-safe-title = لا يمكن أن يحدث خطأ هنا
home-safe-text = تستخدم بيانات مزيّفة من بطاقة التدريب. لا يذهب شيء إلى الإنترنت.

## قريبًا
soon-title = قريبًا

## غير موجودة
not-found-title = هذه الصفحة غير موجودة
not-found-text = لا مشكلة. لم ينكسر شيء.

## التحميل
loading = جارٍ التحميل…
load-failed-title = لم يتم تحميل هذا الجزء
load-failed-text = لم ينكسر شيء. تأكد أن الإنترنت يعمل. ثم حاول مرة أخرى.
load-failed-retry = حاول مرة أخرى

## رسائل عن الحفظ
notice-dismiss = فهمت
notice-storage-unavailable = هذا الجهاز لا يحفظ شيئًا. تقدّمك يبقى حتى تغلق الصفحة.
notice-storage-corrupt = كان تقدّمك المحفوظ تالفًا. بدأنا من جديد. حفظنا البيانات القديمة بشكل منفصل.
notice-storage-newer = حُفظ تقدّمك بنسخة أحدث. لن نغيّر فيه شيئًا.
notice-storage-full = ذاكرة هذا الجهاز ممتلئة. تقدّمك لا يُحفظ الآن.
notice-language-missing = تعذّر تحميل { $language }. تأكّد من الإنترنت. ثم اختر اللغة مرة أخرى.

## Header, cards and medals
menu-open = القائمة
home-lessons-done = أنجزت { $done } من { $total } دروس
medal-none = لا توجد ميدالية بعد
medal-bronze = برونز
medal-silver = فضة
medal-gold = ذهب
