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
