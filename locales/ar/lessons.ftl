# نصوص الدروس. المفاتيح: lesson-<الدرس>-<الخطوة> و lesson-<الدرس>-<الخطوة>-hint.
# أزرار وحقول خدمة التدريب تبقى بأسمائها الهولندية.

## الدرس: تسجيل الدخول بـ DigiD
lesson-digid-web-title = تسجيل الدخول بـ DigiD
lesson-digid-web-intro = تسجّل الدخول في موقع تدريبي. باسم المستخدم وكلمة المرور ورمز رسالة نصية.
lesson-digid-web-done = لقد سجّلت الدخول بـ DigiD. وأصلحت خطأً أيضًا.
lesson-digid-web-username = اكتب اسم المستخدم في خانة Gebruikersnaam. تجده على بطاقة التدريب.
lesson-digid-web-username-hint = اكتب noor.oefen. انتبه إلى النقطة في الوسط.
lesson-digid-web-mistake = اكتب الآن كلمة مرور خاطئة عمدًا. ثم انقر على Inloggen.
lesson-digid-web-mistake-hint = اكتب مثلًا welkom. لا بأس بالخطأ هنا.
lesson-digid-web-fix = اقرأ الرسالة الحمراء. اكتب الآن كلمة المرور الصحيحة.
lesson-digid-web-fix-hint = كلمة المرور على بطاقة التدريب. تبدأ بحرف O كبير.
lesson-digid-web-login = انقر على زر Inloggen.
lesson-digid-web-sms = اختر Sms-controle. ستصلك رسالة برمز على هاتفك.
lesson-digid-web-sms-hint = ستتدرّب على التطبيق في درس آخر.
lesson-digid-web-code = انظر إلى هاتفك. اكتب الرمز من الرسالة.
lesson-digid-web-code-hint = الرمز من 6 أرقام. هاتفك بجانب الشاشة.
lesson-digid-web-submit = انقر على Inloggen. وهكذا تكون قد دخلت!
