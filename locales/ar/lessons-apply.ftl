# الدرس: طلب DigiD. المفاتيح: lesson-digid-apply-<الخطوة> و lesson-digid-apply-<الخطوة>-hint.
# أزرار وحقول خدمة التدريب تبقى بأسمائها الهولندية.

lesson-digid-apply-title = طلب DigiD
lesson-digid-apply-intro = تطلب DigiD. بعد ذلك تصلك رسالة بريدية فيها رمز.
lesson-digid-apply-done = أصبح DigiD الخاص بك مفعّلًا! وأصلحت خطأً أيضًا.
lesson-digid-apply-start = انقر على زر «Aanvragen».
lesson-digid-apply-bsn = اكتب رقم الخدمة المدنية. تجده على بطاقة التدريب.
lesson-digid-apply-bsn-hint = الرقم من 9 أرقام: 123456780.
lesson-digid-apply-address = اكتب الرمز البريدي ورقم البيت. تجدهما على بطاقة التدريب.
lesson-digid-apply-address-hint = الحروف الصغيرة والمسافات مقبولة. مثلًا: 9999zz.
lesson-digid-apply-mistake = اصنع الآن خطأً عمدًا. اكتب في خانة «Geboortedatum»: 31-02-1958. ثم انقر على «Volgende».
lesson-digid-apply-mistake-hint = يوم 31 فبراير غير موجود. لا بأس بالخطأ هنا.
lesson-digid-apply-fix = اقرأ الرسالة الحمراء. اكتب تاريخ الميلاد من بطاقة التدريب. ثم انقر على «Volgende».
lesson-digid-apply-fix-hint = يمكنك كتابته بطرق كثيرة. مثلًا 14-05-1958 أو 14 mei 1958.
lesson-digid-apply-username = اختر اسم مستخدم. اكتبه في خانة «Gebruikersnaam».
lesson-digid-apply-username-hint = 6 أحرف على الأقل، بلا مسافات. مثلًا: noor1958.
lesson-digid-apply-password = اختر كلمة مرور. انظر إلى القائمة تحتها.
lesson-digid-apply-password-hint = يجب أن تتحقق كل القواعد. مثلًا: Zomer2027.
lesson-digid-apply-repeat = اكتب كلمة المرور مرة أخرى. ثم انقر على «Volgende».
lesson-digid-apply-send = تأكّد أن كل شيء صحيح. ثم انقر على «Aanvraag versturen».
lesson-digid-apply-send-hint = هل هناك خطأ؟ غيّره بزر «Wijzigen».
lesson-digid-apply-letter = تصل الرسالة البريدية بعد 3 أيام. انقر عند صندوق البريد على «بعد 3 أيام».
lesson-digid-apply-letter-hint = في الواقع تصل الرسالة بالبريد. هنا نتخيّل ذلك فقط.
lesson-digid-apply-open = وصلت الرسالة. انقر على «DigiD activeren».
lesson-digid-apply-login = سجّل الدخول باسم المستخدم وكلمة المرور الجديدين.
lesson-digid-apply-login-hint = ما اخترته موجود الآن على بطاقة التدريب أيضًا.
lesson-digid-apply-code = اكتب رمز التفعيل من الرسالة البريدية. ثم انقر على «Activeren».
lesson-digid-apply-code-hint = الرسالة في صندوق بريدك. المسافات والحروف الصغيرة مقبولة.
