# نصوص الدروس. المفاتيح: lesson-<الدرس>-<الخطوة> و lesson-<الدرس>-<الخطوة>-hint.
# أزرار وحقول خدمة التدريب تبقى بأسمائها الهولندية.

## الدرس: تسجيل الدخول بـ DigiD
lesson-digid-web-title = تسجيل الدخول بـ DigiD
lesson-digid-web-intro = تسجّل الدخول في موقع تدريبي. باسم المستخدم وكلمة المرور ورمز رسالة نصية.
lesson-digid-web-done = لقد سجّلت الدخول بـ DigiD. وأصلحت خطأً أيضًا.
lesson-digid-web-username = اكتب اسم المستخدم في خانة «Gebruikersnaam». تجده على بطاقة التدريب.
lesson-digid-web-username-hint = اكتب noor.oefen. انتبه إلى النقطة في الوسط.
lesson-digid-web-mistake = اكتب الآن كلمة مرور خاطئة عمدًا. ثم انقر على «Inloggen».
lesson-digid-web-mistake-hint = اكتب مثلًا welkom. لا بأس بالخطأ هنا.
lesson-digid-web-fix = اقرأ الرسالة الحمراء. اكتب الآن كلمة المرور الصحيحة.
lesson-digid-web-fix-hint = كلمة المرور على بطاقة التدريب. تبدأ بحرف O كبير.
lesson-digid-web-login = انقر على زر «Inloggen».
lesson-digid-web-sms = اختر «Sms-controle». ستصلك رسالة برمز على هاتفك.
lesson-digid-web-sms-hint = ستتدرّب على التطبيق في درس آخر.
lesson-digid-web-code = انظر إلى هاتفك. اكتب الرمز من الرسالة.
lesson-digid-web-code-hint = الرمز من 6 أرقام. لا ترى هاتفك؟ انقر على «أظهر الهاتف».
lesson-digid-web-submit = انقر على «Inloggen». وهكذا تكون قد دخلت!

## الدرس: تعرّف على الرسائل المزيّفة
lesson-phishing-title = تعرّف على الرسائل المزيّفة
lesson-phishing-intro = تصلك رسائل من DigiD والصيدلية وطبيب العائلة. أيّها حقيقي؟
lesson-phishing-done = أصبحت تعرف الرسائل المزيّفة. انتبه دائمًا للروابط والاستعجال وعنوان الموقع.
lesson-phishing-open = افتح الرسالة الأولى. إنها رسالة نصية من DigiD.
lesson-phishing-judge = هل هذه الرسالة حقيقية أم مزيّفة؟ اختر زرًا.
lesson-phishing-judge-hint = هل يرسل DigiD رابطًا في رسالة نصية؟
lesson-phishing-page = لنفترض أنك ضغطت على الرابط. اضغط على الرابط في الرسالة.
lesson-phishing-address = انظر إلى عنوان الموقع في الأعلى. هل هو صحيح؟
lesson-phishing-address-hint = عنوان DigiD الحقيقي ينتهي بـ digid.nl.
lesson-phishing-rest = انقر على «Terug naar het bericht». ثم احكم على الرسائل الأخرى.
lesson-phishing-rest-hint = انتبه للروابط والاستعجال والتهديد وطلب الدفع.

## الدرس: نسيت كلمة المرور
lesson-digid-forgot-title = نسيت كلمة المرور
lesson-digid-forgot-intro = لم تعد تتذكر كلمة المرور. تصنع كلمة جديدة برمز رسالة نصية.
lesson-digid-forgot-done = صنعت كلمة مرور جديدة. وسجّلت الدخول بها.
lesson-digid-forgot-open = لم تعد تتذكر كلمة المرور. انقر على «Wachtwoord vergeten?».
lesson-digid-forgot-username = اكتب اسم المستخدم. ثم انقر على «Verder».
lesson-digid-forgot-username-hint = اسم المستخدم موجود على بطاقة التدريب.
lesson-digid-forgot-code = انظر إلى هاتفك. اكتب الرمز. انقر على «Verder».
lesson-digid-forgot-code-hint = الرمز من 6 أرقام.
lesson-digid-forgot-new = فكّر في كلمة مرور جديدة. اكتبها في خانة «Nieuw wachtwoord».
lesson-digid-forgot-new-hint = انظر إلى القائمة. يجب أن تتحقق كل القواعد. مثلًا: Zomer2027.
lesson-digid-forgot-repeat = اكتب كلمة المرور نفسها مرة أخرى. انقر على «Wachtwoord opslaan».
lesson-digid-forgot-login = انقر على «Terug naar inloggen». سجّل الدخول بكلمة المرور الجديدة.
lesson-digid-forgot-login-hint = كلمة المرور الجديدة موجودة الآن على بطاقة التدريب أيضًا.

## الأساسيات
lesson-basics-tap-title = الضغط على زر
lesson-basics-tap-intro = الزر يفعل شيئًا عندما تضغط عليه. تتدرّب على ذلك هنا.
lesson-basics-tap-done = ضغطت على أزرار. هكذا تتقدّم في موقع إلكتروني.
lesson-basics-tap-go-on = اضغط على الزر الأخضر «Verder».
lesson-basics-tap-go-on-hint = على الهاتف تلمس الشاشة بإصبعك. بالفأرة تنقر.
lesson-basics-tap-yes = هناك سؤال. اضغط على «Ja».
lesson-basics-type-title = الكتابة في خانة
lesson-basics-type-intro = في المواقع تكتب في خانات. وتتدرّب أيضًا على تصحيح خطأ في الكتابة.
lesson-basics-type-done = كتبت وصحّحت خطأً.
lesson-basics-type-name = انقر على خانة «Voornaam». اكتب: Noor.
lesson-basics-type-name-hint = لكتابة حرف كبير استخدم السهم إلى الأعلى.
lesson-basics-type-place = في «Woonplaats» خطأ: Oefenstadd. احذف حرف d الأخير.
lesson-basics-type-place-hint = انقر بعد الكلمة. اضغط على مفتاح الحذف.
lesson-basics-type-save = اضغط على «Opslaan».
lesson-basics-scroll-title = التمرير إلى الأسفل
lesson-basics-scroll-intro = الصفحة غالبًا أطول من شاشتك. عندها تمرّر الصفحة.
lesson-basics-scroll-done = مرّرت إلى الأسفل ثم إلى الأعلى.
lesson-basics-scroll-down = مرّر إلى الأسفل. اضغط على «Gevonden» في الأسفل.
lesson-basics-scroll-down-hint = على الهاتف تسحب بإصبعك إلى الأعلى. بالفأرة تدير العجلة.
lesson-basics-scroll-up = مرّر إلى الأعلى من جديد. اضغط على «Naar boven».
lesson-basics-back-title = الرجوع
lesson-basics-back-intro = هل أنت في الصفحة الخطأ؟ عندها ترجع.
lesson-basics-back-done = فتحت صفحة ثم رجعت.
lesson-basics-back-open = انقر على «Activiteiten».
lesson-basics-back-back = ارجع. انقر على «Terug».
lesson-basics-back-back-hint = «Terug» يكون غالبًا في الأعلى على اليسار. وبجانبه غالبًا سهم صغير.
lesson-basics-choose-title = وضع علامة واختيار
lesson-basics-choose-intro = في الاستمارات تختار من قائمة. أو تضع علامة صح.
lesson-basics-choose-done = اخترت من قائمة ووضعت علامة صح.
lesson-basics-choose-day = اختر يومًا من القائمة. مثلًا woensdag (الأربعاء).
lesson-basics-choose-day-hint = انقر على القائمة. عندها ترى الأيام.
lesson-basics-choose-tick = ضع علامة صح بجانب «Ik ga akkoord met de regels».
lesson-basics-choose-send = اضغط على «Aanmelden».
lesson-basics-date-title = اختيار تاريخ
lesson-basics-date-intro = للموعد تختار غالبًا يومًا في التقويم.
lesson-basics-date-done = اخترت تاريخًا وأكّدته.
lesson-basics-date-pick = اختر الثلاثاء 15 ديسمبر في التقويم.
lesson-basics-date-pick-hint = ابحث عن الرقم 15. تجده تحت «di». وهو يعني الثلاثاء.
lesson-basics-date-confirm = اضغط على «Bevestigen».
lesson-basics-link-title = التعرّف على رابط
lesson-basics-link-intro = الرابط ينقلك إلى صفحة أخرى. تتعلّم هنا كيف تعرفه.
lesson-basics-link-done = تعرّفت على رابط وفتحته.
lesson-basics-link-link = انقر على الرابط «openingstijden».
lesson-basics-link-link-hint = الرابط أزرق وتحته خط.
lesson-basics-link-back = انقر على «Terug».
lesson-basics-popup-title = إغلاق نافذة منبثقة
lesson-basics-popup-intro = أحيانًا تظهر نافذة فوق الصفحة. اسمها نافذة منبثقة (pop-up).
lesson-basics-popup-done = أغلقت النافذة المنبثقة.
lesson-basics-popup-close = أغلق النافذة المنبثقة بالضغط على علامة ×.
lesson-basics-popup-close-hint = علامة × في الأعلى على اليمين. لا تحتاج أن تضغط على «Ja, graag».
lesson-basics-popup-go-on = الآن ترى الصفحة. اضغط على «Verder».
lesson-basics-zoom-title = التكبير على هاتفك
lesson-basics-zoom-intro = هل النص صغير جدًا؟ عندها تكبّره.
lesson-basics-zoom-done = كبّرت النص ثم صغّرته من جديد.
lesson-basics-zoom-in = انقر مرتين بسرعة على النص. أو اضغط على «Groter».
lesson-basics-zoom-in-hint = على هاتف حقيقي يمكنك أيضًا أن تباعد بين إصبعين.
lesson-basics-zoom-out = اقرأ النص. اضغط على «Kleiner» حتى يصغر النص من جديد.
