start-over = ابدأ من جديد
language-menu-label = اختر لغة
language-close = إغلاق
soon-text = ما زلنا نصنع هذا التمرين.
soon-text-2 = عُد لاحقًا. أو اختر تمرينًا آخر.

## الإعدادات
settings-title = الإعدادات
settings-intro = اجعل الشاشة كما تحب.
settings-text-size = حجم الحروف
settings-text-size-normal = عادي
settings-text-size-large = كبير
settings-text-size-larger = أكبر
settings-text-size-largest = كبير جدًا
settings-display = العرض
settings-contrast = تباين عالٍ
settings-contrast-hint = أبيض وأسود، مع ألوان قوية.
settings-motion = حركة أقل
settings-motion-hint = بدون صور متحركة.
settings-saved = تم حفظ اختيارك.
settings-saved-memory = اختيارك يبقى حتى تغلق الصفحة.
settings-clear-title = احذف كل شيء
settings-clear-text = هل تستخدم حاسوب شخص آخر؟ احذف كل شيء عندما تنتهي.
settings-clear-button = احذف كل شيء من هذا الجهاز
settings-clear-confirm = هل أنت متأكد؟ انقر مرة أخرى.
settings-clear-done = تم حذف كل شيء.

## المساعدة
help-title = أين أجد المساعدة؟
help-intro = لست مضطرًا أن تفعل ذلك وحدك. اطلب المساعدة بلا حرج.
help-loading = لحظة من فضلك…
help-default-library-title = في المكتبة
help-default-library-text = في مكتبات كثيرة نقطة مساعدة للمواقع الحكومية. يساعدونك مجانًا.
help-default-family-title = شخص تثق به
help-default-family-text = اسأل أحد أفراد العائلة أو جارًا أو متطوعًا. دعه يشاهد معك بهدوء.
help-default-digid-title = أسئلة عن DigiD الحقيقي الخاص بك
help-default-digid-text = اتصل بمكتب مساعدة DigiD. الرقم موجود على موقع DigiD.
help-host-title = المساعدة هنا
help-host-error = تعذّر تحميل مساعدة هذا المكان. المساعدة العامة في الأسفل.
help-phone = الهاتف
help-address = العنوان
help-hours = مفتوح

## حول
about-title = حول Oefenplein
about-what = في Oefenplein تتدرّب على الرعاية الرقمية. مثلًا تسجيل الدخول بـ DigiD.
about-fake = كل شيء مزيّف. المواقع والأسماء والرموز غير موجودة حقًا.
about-no-data = لا تكتب بياناتك الحقيقية أبدًا. لا تحتاجها هنا.
about-device = لا يذهب شيء إلى الإنترنت. كل شيء يبقى على هذا الجهاز.
about-offline = يعمل Oefenplein أيضًا بدون إنترنت، بعد الزيارة الأولى.
about-free = Oefenplein مجاني. لا تحتاج إلى حساب.
about-clear = تقدّمك موجود على هذا الجهاز فقط. يمكنك حذفه في الإعدادات.

## بيانات حقيقية (الحارس)
guard-title = انتبه: هذه تبدو بيانات حقيقية
guard-bsn = هذا يشبه رقم مواطن حقيقيًا (BSN).
guard-iban = هذا يشبه رقم حساب بنكي حقيقيًا (IBAN).
guard-email = هذا يشبه بريدًا إلكترونيًا حقيقيًا.
guard-mobile = هذا يشبه رقم هاتف حقيقيًا.
guard-help = هنا تتدرّب فقط. لا تحتاج أبدًا إلى بيانات حقيقية. لقد حذفناها. استخدم بطاقة التدريب.

## بطاقة التدريب
card-title = بطاقة التدريب
card-note = هذه البيانات مزيّفة. استخدمها للتدريب.
card-name = الاسم
card-birth = تاريخ الميلاد
card-username = اسم المستخدم
card-password = كلمة المرور
card-email = البريد الإلكتروني
card-child = الطفل
card-child-birth = تاريخ ميلاد الطفل
card-show = أظهر بطاقة التدريب
card-hide = أخفِ بطاقة التدريب

## هاتف التدريب
phone-title = هاتفك (تدريب)
phone-messages = الرسائل
phone-empty = لا توجد رسائل بعد.
phone-new-message = رسالة جديدة على هاتفك
phone-open = أظهر الهاتف
phone-close = ضع الهاتف جانبًا
phone-wait = بعد 10 دقائق
phone-wait-hint = تخيّل أن 10 دقائق قد مرّت.
phone-waited = مرّت الآن { $minutes } دقيقة.
phone-screen = شاشة هاتفك
phone-wait-5 = بعد 5 دقائق
phone-wait-5-hint = تخيّل أن 5 دقائق قد مرّت.
phone-new = جديد
phone-just-now = وصلت الآن
phone-minutes-ago = قبل { $minutes } دقيقة
phone-banner-close = إغلاق
phone-days-ago = قبل { $days } يوم
phone-waited-days = مرّ الآن { $days } يوم.
card-pin = الرمز السري للتطبيق

## طلب DigiD: بطاقة التدريب وصندوق البريد
card-bsn = رقم الخدمة المدنية
card-street = الشارع
card-house-number = رقم البيت
card-postcode = الرمز البريدي
card-town = المدينة
card-chosen = اخترت هذا بنفسك:
card-chosen-username = اسم المستخدم
card-chosen-password = كلمة المرور
letterbox-title = صندوق بريدك (تدريب)
letterbox-empty = لا يوجد بريد بعد.
letterbox-new-letter = توجد رسالة في صندوق بريدك.
letterbox-wait = بعد 3 أيام
letterbox-wait-hint = تخيّل أن 3 أيام قد مرّت.
letterbox-waited = عدد الأيام التي مرّت: { $days }.

## الدرس
lesson-step-of = الخطوة { $step } من { $total }
lesson-where = أين أنا؟
lesson-read-aloud = اقرأ بصوت عالٍ
lesson-stop-reading = أوقف القراءة
lesson-show-me = أرني
lesson-hint = نصيحة
lesson-previous = الخطوة السابقة
lesson-next = الخطوة التالية
lesson-next-locked = قم أولًا بهذه الخطوة في شاشة التدريب.
lesson-restart = ابدأ من جديد
lesson-well-done = أحسنت!
lesson-picture = هكذا يبدو
lesson-done-title = أحسنت!
lesson-done-text = لقد أنهيت الدرس. يمكنك التدريب كلما أردت.
lesson-done-again = مرة أخرى
lesson-done-other-look = افعلها مرة أخرى في بوابة أخرى: { $look }
lesson-done-other-look-why = لكل عيادة بوابة مختلفة. للأزرار هناك أسماء أخرى.
lesson-done-free = تدريب حر
lesson-done-next = ماذا يمكنك أن تفعل الآن؟
lesson-done-next-lesson = الدرس التالي: { $lesson }
lesson-start = ابدأ الدرس
lesson-continue = تابع الدرس
lesson-finished-badge = تم
lesson-steps-count = { $count } خطوات
lesson-not-done-title = لم تنتهِ من هذا الدرس بعد
lesson-not-done-text = لم تُكمل هذا الدرس بعد. ابدأ من البداية أو تابع.
lesson-resume-at = تابع من الخطوة { $step }
lesson-examples-notice = ما اخترته بنفسك لم يُحفظ. ستتابع بالأمثلة الموجودة على بطاقة التدريب.
lesson-examples-ok = فهمت
card-example = ستتابع التدريب بهذه البيانات:
free-practice = تدريب حر
free-practice-text = جرّب كل شيء بنفسك. لا بأس بالأخطاء.
free-practice-title = تدريب حر: { $service }
practice-area-label = شاشة التدريب
lesson-step-of-nav = خطوات الدرس

## تعرّف على الرسائل المزيّفة
phishing-question = هل هذه الرسالة حقيقية أم مزيّفة؟
phishing-real = حقيقية
phishing-fake = مزيّفة
phishing-right = صحيح!
phishing-wrong = ليس صحيحًا بعد. حاول مرة أخرى.
phishing-why-digid-sms = DigiD لا يرسل رابطًا في رسالة نصية أبدًا. والرسالة مستعجلة أيضًا.
phishing-why-pharmacy-ready = لا يوجد رابط. لا أحد يطلب مالًا أو بيانات.
phishing-why-digid-qr = DigiD لا يرسل رمز QR بالبريد الإلكتروني أبدًا. انظر أيضًا إلى عنوان المرسل.
phishing-why-gp-portal = لا يوجد رابط. تسجّل الدخول بنفسك عبر التطبيق أو الموقع.
phishing-why-pharmacy-pay = الصيدلية لا تطلب المال عبر رابط أبدًا. خاصةً ليس في رسالة نصية.
phishing-why-gp-threat = هذه الرسالة تهدّد وتستعجل. هذه علامات تحذير. عند الشك اتصل بالعيادة بنفسك.
phishing-why-digid-activated = لا يوجد رابط. يمكنك أن تتصل بمكتب المساعدة بنفسك.
phishing-wrong-digid-sms = انظر مرة أخرى. في الرسالة رابط واستعجال. DigiD لا يرسل رابطًا في رسالة نصية أبدًا.
phishing-wrong-pharmacy-ready = انظر مرة أخرى. لا يوجد رابط. لا أحد يطلب منك شيئًا.
phishing-wrong-digid-qr = انظر مرة أخرى. DigiD لا يرسل رمز QR بالبريد الإلكتروني أبدًا. انظر أيضًا إلى المرسل.
phishing-wrong-gp-portal = انظر مرة أخرى. لا يوجد رابط. تسجّل الدخول بنفسك.
phishing-wrong-pharmacy-pay = انظر مرة أخرى. يطلبون مالًا عبر رابط. الصيدلية لا تفعل ذلك أبدًا.
phishing-wrong-gp-threat = انظر مرة أخرى. الرسالة تهدّد وتستعجل. هذه علامات تحذير.
phishing-wrong-digid-activated = انظر مرة أخرى. لا يوجد رابط. أنت تتصل بمكتب المساعدة بنفسك.
phishing-address-question = انظر إلى عنوان الموقع في الأعلى. هل هو صحيح؟
phishing-address-right = عنوان الموقع صحيح
phishing-address-wrong = عنوان الموقع غير صحيح
phishing-address-spotted = أحسنت الملاحظة! العنوان الحقيقي ينتهي بـ digid.nl. لا تكتب شيئًا هنا أبدًا.
phishing-address-missed = انظر مرة أخرى. عنوان DigiD الحقيقي ينتهي بـ digid.nl.
phishing-score = { $right } من { $total } صحيحة
phishing-status-right = صحيح
phishing-status-wrong = ليس صحيحًا بعد
phishing-fake-qr = صورة لرمز QR

## Read-aloud
read-aloud-no-voice = لا يوجد الآن صوت للقراءة على هذا الجهاز. حاول مرة أخرى لاحقًا.
read-aloud-message = اقرأ هذه الرسالة بصوت عالٍ
read-aloud-pace = ما سرعة القراءة بصوت عالٍ؟
read-aloud-pace-normal = عادية
read-aloud-pace-slow = بطيئة
gp-wait-days = بعد يوم واحد
gp-wait-days-hint = تخيّل أن يومًا قد مرّ. هكذا يصل الرد أسرع.
gp-idle-button = لا تفعل شيئًا لمدة 15 دقيقة
gp-idle-button-hint = تخيّل أنك لا تفعل شيئًا على الموقع لمدة 15 دقيقة.

## Beside the video consult

video-wait-minute = بعد دقيقة واحدة
video-wait-minute-hint = تخيّل أن دقيقة قد مرّت.
video-own-title = جرّب كاميرتك
video-own-text = هذا ليس ضروريًا. ترى نفسك هنا فقط. لا يُسجَّل شيء ولا يُحفظ ولا يُرسَل.
video-own-view = كاميرتك
video-own-start = شغّل كاميرتي
video-own-stop = أوقف كاميرتي
video-own-refused = المتصفح لا يستطيع استخدام كاميرتك. لا بأس. يمكنك التدرّب بدونها.
video-own-none = لم نجد كاميرا. لا بأس. يمكنك التدرّب بدونها.

## The pharmacy practice: beside the app, in the learner's language.
pharmacy-to-pharmacy = اذهب إلى الصيدلية
pharmacy-to-phone = ارجع إلى هاتفك
pharmacy-wait-day = بعد يوم واحد
pharmacy-wait-day-hint = تخيّل أن يومًا قد مرّ.
pharmacy-wait-week = بعد أسبوع واحد
pharmacy-wait-week-hint = تخيّل أن أسبوعًا قد مرّ.
hospital-to-hospital = اذهب إلى المستشفى
hospital-to-home = ارجع إلى البيت
hospital-wait-day = بعد يوم واحد
hospital-wait-day-hint = تخيّل أن اليوم هو الغد: يوم موعدك.
hospital-visit-day = اليوم هو يوم موعدك.

journey-title = طريقك في الرعاية الصحية
journey-text = أولًا طبيب العائلة. ثم الصيدلية. وأحيانًا المستشفى بعد ذلك.
journey-step = الخطوة { $n }
journey-done = تمّ

## تقدّمي
progress-title = تقدّمي
progress-intro = هنا ترى ما تدرّبت عليه.
progress-counts = برونز: {$bronze} · فضة: {$silver} · ذهب: {$gold}
progress-rules-title = هكذا تحصل على ميدالية
progress-rule-bronze = أنهيت الدرس.
progress-rule-silver = أنهيت الدرس بدون «نصيحة» وبدون «أرني».
progress-rule-gold = ثم فعلتها بنفسك. في «تدريب حر» أو في بوابة أخرى.
progress-rules-note = الميدالية ليست امتحانًا. يمكنك أن تتدرّب على كل شيء كلما أردت.
progress-lessons-title = دروسك
progress-lesson-started = بدأت: الخطوة { $step } من { $total }
progress-lesson-todo = لم تقم به بعد
progress-save-title = احفظ تقدّمك
progress-save-text = هل تتدرّب على حاسوب في المكتبة؟ هذا الحاسوب ينسى كل شيء عندما تذهب.
progress-save-text-2 = اكتب هذا الرمز على ورقة. أو التقط له صورة.
progress-code-label = رمزك
progress-copy = انسخ الرمز
progress-copied = تم نسخ الرمز.
progress-qr-label = رمز QR فيه تقدّمك
progress-qr-text = أو امسح رمز QR بهاتفك. هكذا يذهب تقدّمك معك.
progress-save-privacy = في الرمز دروسك وميدالياتك فقط. ليس اسمك أبدًا. وليس ما كتبته أبدًا.
progress-restore-title = استرجع تقدّمك
progress-restore-text = هل عندك رمز؟ اكتبه هنا. ما فعلته هنا يبقى أيضًا.
progress-restore-from-link = الرمز من رمز QR جاهز. انقر على «استرجع».
progress-restore-button = استرجع
progress-restore-done = نجح ذلك! عاد تقدّمك.
progress-error-empty = اكتب رمزك أولًا.
progress-error-char = العلامة «{ $char }» لا تأتي في الرمز. انظر مرة أخرى بانتباه.
progress-error-short = هذا الرمز قصير جدًا. ينقصه جزء.
progress-error-typo = هذا الرمز غير صحيح. ربما حرف أو رقم واحد مختلف. انظر مرة أخرى بانتباه.
progress-error-newer = هذا الرمز من نسخة أحدث من Oefenplein. هذا الحاسوب لا يستطيع قراءته بعد.
progress-error-help = لم تنجح؟ اطلب المساعدة من موظف أو متطوع.
progress-certificate-text = اطبع شهادة فيها ميدالياتك.
progress-certificate-link = اذهب إلى الشهادة

## الميداليات بعد الدرس
medal-earned-bronze = حصلت على البرونز في هذا الدرس!
medal-earned-silver = حصلت على الفضة في هذا الدرس!
medal-earned-gold = حصلت على الذهب في هذا الدرس!
medal-next-bronze = أعد الدرس بدون «نصيحة» وبدون «أرني». هكذا تحصل على الفضة.
medal-next-silver = الآن افعلها بنفسك في «تدريب حر». هكذا تحصل على الذهب.
medal-next-silver-look = الآن افعلها بنفسك في «تدريب حر» أو في البوابة الأخرى. هكذا تحصل على الذهب.
medal-next-gold = أحسنت! انظر في «تقدّمي» ماذا تستطيع الآن.

## الشهادة
certificate-title = شهادة
certificate-intro = اطبع هذه الشهادة. يمكنك أن تكتب اسمك، لكن هذا ليس ضروريًا.
certificate-name-label = اسمك الأول (للورقة فقط)
certificate-name-hint = Oefenplein لا يحفظ اسمك.
certificate-print = اطبع الشهادة
certificate-by = شهادة لـ { $name } على التدريب في Oefenplein.
certificate-by-nobody = شهادة على التدريب في Oefenplein.
certificate-list = شمل التدريب:
certificate-date = التاريخ: { $date }
certificate-footer = Oefenplein — تدريب بدون بيانات حقيقية
certificate-empty = لم تُنهِ أي درس بعد. قم بدرس أولًا. بعدها يمكنك طباعة شهادة.
certificate-back = العودة إلى تقدّمي

## الاختبار الذاتي
selfcheck-title = اختبار ذاتي: من أين تبدأ؟
selfcheck-intro = خمسة أسئلة قصيرة. بعدها تعرف بأي درس تبدأ.
selfcheck-intro-2 = هذا ليس امتحانًا. لا توجد أجوبة خاطئة. نحفظ نقطة بدايتك فقط.
selfcheck-start = ابدأ الاختبار الذاتي
selfcheck-skip = تخطَّ
selfcheck-next = التالي
selfcheck-previous = السابق
selfcheck-count = السؤال { $n } من 5
selfcheck-choose-one = اختر جوابًا واحدًا. لا تعرف؟ اختر ما يناسبك أكثر.
selfcheck-device = هل عندك هاتف أو جهاز لوحي أو حاسوب متصل بالإنترنت؟
selfcheck-device-yes = نعم
selfcheck-device-no = لا
selfcheck-not-sure = لا أعرف
selfcheck-health = هل تبحث أحيانًا على الإنترنت عن شيء يخص صحتك؟
selfcheck-health-often = نعم، كثيرًا
selfcheck-health-sometimes = أحيانًا
selfcheck-health-never = أبدًا
selfcheck-forms = كيف يسير معك ملء الاستمارات على الإنترنت؟
selfcheck-forms-easy = جيد، أستطيع ذلك
selfcheck-forms-help = أستطيع ذلك مع بعض المساعدة
selfcheck-forms-hard = أجد ذلك صعبًا
selfcheck-forms-never = لم أفعل ذلك أبدًا
selfcheck-tap = اضغط على الزر «هنا».
selfcheck-tap-button = هنا
selfcheck-tap-missed = قريب جدًا من الزر. حاول مرة أخرى.
selfcheck-tap-first = اضغط أولًا على الزر «هنا».
selfcheck-type = اكتب الكلمة: { $word }
selfcheck-type-label = كلمتك
selfcheck-type-wrong = هذه ليست الكلمة بعد. انظر جيدًا وحاول مرة أخرى.
selfcheck-result-title = نقطة بدايتك
selfcheck-level-beginner = مبتدئ
selfcheck-level-familiar = بعض الخبرة
selfcheck-level-experienced = متمرّس
selfcheck-level-beginner-text = ابدأ بالأساسيات: الأزرار والكتابة والتمرير.
selfcheck-level-familiar-text = ابدأ بتسجيل الدخول بـ DigiD. تحتاجه في كل مكان تقريبًا.
selfcheck-level-experienced-text = ابدأ ببوابة طبيب العائلة.
selfcheck-no-exam = هذا اقتراح. يمكنك أن تختار أي درس.
selfcheck-first-lesson = ابدأ بهذا الدرس: { $lesson }
selfcheck-choose-myself = سأختار بنفسي
selfcheck-again = أعد الاختبار الذاتي
selfcheck-help = هل تفضّل أن تتدرّب مع شخص آخر؟ اطلب المساعدة في المكتبة.
progress-level = نقطة بدايتك: { $level }

## كلمات على الشاشة
words-title = كلمات على الشاشة
words-intro = ترى هذه الكلمات كثيرًا في المواقع والتطبيقات. اضغط على كلمة. عندها ترى معناها.
words-group-screen = في كل شاشة
words-group-login = تسجيل الدخول
words-group-care = في الرعاية الصحية
words-say = انطق الكلمة
words-read = اقرأ بصوت عالٍ
words-picture = هكذا يبدو ذلك في الدرس «{$lesson}».
words-practise = تدرّب عليها في الدرس
words-all = كل الكلمات
words-ask = ألا تفهم كلمة؟ اسأل شخصًا تثق به.
words-in-step = كلمات في هذه الخطوة
word-knop-about = كلمة «knop» تعني زرًا. الزر يفعل شيئًا عندما تضغط عليه. على الهاتف تلمسه بإصبعك. بالفأرة تنقر عليه.
word-vakje-about = كلمة «vakje» تعني خانة. في الخانة تكتب شيئًا، مثل اسمك. اسمها أيضًا «invulveld»، أي حقل الإدخال.
word-link-about = كلمة «link» تعني رابطًا. الرابط يأخذك إلى صفحة أخرى. غالبًا يكون أزرق وتحته خط.
word-vinkje-about = كلمة «vinkje» تعني علامة صح. بعلامة الصح تقول نعم. اضغط على الخانة. عندها تظهر فيها علامة صح.
word-pop-up-about = كلمة «pop-up» تعني نافذة فوق الصفحة. تغلقها بالضغط على علامة X الصغيرة.
word-scrollen-about = كلمة «scrollen» تعني التمرير: تحريك الصفحة إلى الأعلى أو الأسفل. هكذا ترى بقية الصفحة.
word-app-about = كلمة «app» تعني تطبيقًا. التطبيق برنامج على هاتفك. تفتحه بالضغط على صورته.
word-installeren-about = كلمة «installeren» تعني التثبيت: أن تضع تطبيقًا على هاتفك. تفعل ذلك في متجر التطبيقات.
word-digid-about = باستخدام «DigiD» تُثبت هويتك على الإنترنت. DigiD خدمة من الحكومة.
word-inloggen-about = كلمة «inloggen» تعني تسجيل الدخول: أن تدخل إلى موقع أو تطبيق. أنت تُثبت هويتك.
word-gebruikersnaam-about = كلمة «gebruikersnaam» تعني اسم المستخدم. تسجّل الدخول بهذا الاسم. أنت تختاره بنفسك.
word-wachtwoord-about = كلمة «wachtwoord» تعني كلمة المرور: كلمة سرية. أنت وحدك تعرفها. لا تخبر بها أحدًا أبدًا.
word-sms-code-about = كلمة «sms-code» تعني رمزًا يصلك في رسالة SMS على هاتفك. تكتبه في الموقع. هكذا يعرف الموقع أنك أنت.
word-activeringscode-about = كلمة «activeringscode» تعني رمز التفعيل. يصلك في رسالة بالبريد. تكتبه مرة واحدة. بعدها يعمل حسابك في DigiD.
word-koppelcode-about = كلمة «koppelcode» تعني رمز الربط. يربط التطبيق بالكمبيوتر. الرمز يعمل لوقت قصير فقط.
word-qr-code-about = كلمة «QR-code» تعني رمز QR: مربع فيه مربعات صغيرة. تمسحه بكاميرا هاتفك.
word-pincode-about = كلمة «pincode» تعني رمز PIN: رقم سري. أنت تختاره بنفسك. لا تخبر به أحدًا.
word-uitloggen-about = كلمة «uitloggen» تعني تسجيل الخروج: أن تخرج من موقع أو تطبيق. افعل ذلك دائمًا عندما تنتهي.
word-portaal-about = كلمة «portaal» تعني بوابة: موقع إلكتروني آمن. مثلًا بوابة طبيب العائلة. تسجّل الدخول بـ DigiD.
word-afspraak-about = كلمة «afspraak» تعني موعدًا. تختار وقتًا عند الطبيب. يمكنك ذلك غالبًا على الإنترنت.
word-herhaalrecept-about = كلمة «herhaalrecept» تعني وصفة متكررة. بها تطلب دواءً مرة أخرى. هو دواء تستخدمه بالفعل.
word-e-consult-about = كلمة «e-consult» تعني استشارة إلكترونية: سؤال لطبيب العائلة عبر الإنترنت. تقرأ الجواب في البوابة.
word-uitslag-about = كلمة «uitslag» تعني النتيجة. هي تخبرك بما ظهر في الفحص. مثلًا فحص الدم.
word-vragenlijst-about = كلمة «vragenlijst» تعني استبيانًا: قائمة أسئلة. تملؤه قبل موعدك.
word-inchecken-about = كلمة «inchecken» تعني تسجيل الوصول: أن تُخبر أنك وصلت. مثلًا في المستشفى.
word-verwijzing-about = كلمة «verwijzing» تعني إحالة. بها يرسلك طبيب العائلة إلى طبيب مختص. مثلًا في المستشفى.
word-wachtkamer-about = كلمة «wachtkamer» تعني غرفة الانتظار. في غرفة الانتظار على الإنترنت تنتظر الطبيب. لا تغادر الصفحة.

## للمدرّبين: بطاقات الخطوات
trainers-title = للمدرّبين
trainers-text = لكل خطوة رمز، مثل D2-3. هكذا ترى من بعيد أين وصل كل شخص. اطبع بطاقات الخطوات لدرس جماعي.
trainers-cards = بطاقات الخطوات: {$lesson}
cards-page-title = بطاقات الخطوات
cards-title = بطاقات الخطوات: {$lesson}
cards-intro = بطاقة واحدة لكل خطوة: الرمز والصورة والنص. اختر لغة ثانية إذا كان ذلك يساعدك.
cards-back = العودة إلى المهمة
cards-second-language = لغة ثانية على البطاقات
cards-none = بدون
cards-print = اطبع
cards-rule = لا تتدرّب أبدًا ببيانات DigiD أو بيانات صحية حقيقية. استخدم بطاقة التدريب.
trainers-present = العرض: {$lesson}

## العرض: الشاشة للمجموعة ولوحة التحكم
present-title = العرض
present-text = هذه الشاشة للمجموعة. تحكّم بها من نافذة ثانية.
present-open-controls = افتح لوحة التحكم
present-stop = أوقف العرض
controls-page-title = لوحة التحكم
controls-intro = لوحة تحكم للمدرّب. المجموعة تنظر إلى الشاشة.
controls-title = لوحة التحكم: {$lesson}
controls-no-screen = لم نجد الشاشة بعد. افتحها بالزر في الأسفل.
controls-at = الشاشة عند {$step}.
controls-at-end = الشاشة في نهاية الدرس.
controls-elsewhere = الشاشة تعرض درسًا آخر: {$lesson}.
controls-previous = الخطوة السابقة
controls-next = الخطوة التالية
controls-restart = ابدأ من جديد
controls-open-screen = افتح الشاشة
controls-steps = كل الخطوات
controls-note = لك أنت كمدرّب
controls-note-step = اعرض الخطوة أولًا. ثم دع الجميع يقومون بها بأنفسهم.
controls-note-mistake = هنا يحدث خطأ عن قصد. دع المجموعة تبحث أولًا عمّا حدث.
controls-faults = اعرض خطأً
controls-faults-intro = اجعل المحاولة التالية تفشل عن قصد. هكذا تتدرّب المجموعة على الحل.
controls-fault-armed = تمّ. المحاولة التالية على الشاشة ستفشل.
fault-wrong-code = رمز الرسالة القصيرة غير صحيح
fault-expired-code = انتهت صلاحية رمز الرسالة القصيرة
fault-blocked-pin = يتم حظر التطبيق
fault-slot-taken = الموعد محجوز بالفعل
fault-camera-blocked = يتم حظر الكاميرا

## الكشك: حواسيب عامة (ملف kiosk.json الخاص بالموقع)
kiosk-label = هذا الحاسوب
kiosk-at = أنت تتدرّب في {$library}.
kiosk-rule = إذا لم تفعل شيئًا لمدة {$minutes} دقيقة، نحذف كل شيء. بعد ذلك يمكن للزائر التالي أن يبدأ.
kiosk-question = هل ما زلت هنا؟
kiosk-seconds-left = بعد {$seconds} ثانية نحذف كل شيء. بعد ذلك يمكن للزائر التالي أن يبدأ.
kiosk-still-here = نعم، ما زلت هنا
kiosk-note-title = لمسؤول هذا الحاسوب
kiosk-note-not-json = الملف kiosk.json ليس ملف JSON صحيحًا. لذلك وضع الكشك متوقّف.
kiosk-note-bad-value = في kiosk.json قيمة «{$field}» غير صحيحة. لذلك تُستخدم القيمة الافتراضية لها الآن.
