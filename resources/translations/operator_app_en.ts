<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../operator_app/gui/app.py" line="+70"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>数据库已升级；升级前的副本：{path}</source>
        <translation>The database was upgraded; the copy made before the upgrade: {path}</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../operator_app/gui/views/attendance_page.py" line="+121"/>
        <source>出勤登记未保存</source>
        <translation>Attendance not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” {day} 的出勤登记有改动尚未保存。

要先保存吗？</source>
        <translation>The attendance of “{name}” on {day} has unsaved changes.

Save them first?</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>已保存：{day} 出勤 {n} 人</source>
        <translation>Saved: {n} present on {day}</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>出勤登记</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>班级(&amp;B)</source>
        <translation>Cla&amp;ss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上一天</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>前一天（Alt+←）</source>
        <translation>Previous day (Alt+←)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一天</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>后一天（Alt+→）</source>
        <translation>Next day (Alt+→)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>还没有班级。请先在班级页新建班级，并为幼儿办理入托。</source>
        <translation>There are no classes yet. Create a class on the Classes page and enrol children first.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}（{type}）</source>
        <translation>{name} ({type})</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{name}&#x3000;·&#x3000;{day}</source>
        <translation>{name}  ·  {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} 是节假日/休息日，通常不需要登记出勤；如当天照常托育，仍可登记。</source>
        <translation>{day} is a public holiday or rest day; attendance is not usually recorded. If the daycare was open, you can still record it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>这一天本班没有在托幼儿</source>
        <translation>No children were in this class on this day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本日已登记，修改后请重新保存</source>
        <translation>Recorded for this day; save again after changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>尚未登记：默认全部出勤，只需标记缺勤的幼儿</source>
        <translation>Not recorded yet: everyone is present by default; mark only the absent children</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>在册 {n} 人：出勤 {p}，病假 {s}，事假 {x}，未到 {a}</source>
        <translation>{n} on the register: {p} present, {s} sick, {x} personal leave, {a} absent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>（未保存）</source>
        <translation> (not saved)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>月度出勤表（{name} {year}年{month}月）</source>
        <translation>Monthly attendance sheet ({name}, {year}-{month})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>无法生成月度出勤表：{reason}</source>
        <translation>Cannot create the monthly attendance sheet: {reason}</translation>
    </message>
</context>
<context>
    <name>CarersDialog</name>
    <message>
        <location filename="../../operator_app/gui/dialogs/class_dialog.py" line="+285"/>
        <source>{name}（未登记资格证书）</source>
        <translation>{name} (no certificate on file)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>指派保育人员 - {name}</source>
        <translation>Assign carers - {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>勾选本班的保育人员，从 {day} 起生效。本班在班 {n} 人，按师幼比 1:{ratio} 至少需要 {required} 名合格保育人员。</source>
        <translation>Tick the carers of this class; the assignment takes effect on {day}. The class has {n} children, so a 1:{ratio} ratio needs at least {required} qualified carers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>尚未登记在职的保育人员，请先在员工页添加。</source>
        <translation>No carers are employed yet. Add them on the Staff page first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已选 {n} 名</source>
        <translation>{n} selected</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../operator_app/gui/dialogs/child_dialog.py" line="+233"/>
        <source>新建幼儿档案</source>
        <translation>New child record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编辑幼儿档案 - {name}</source>
        <translation>Edit child record - {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未填写</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location line="+103"/>
        <location filename="../../ui/child_dialog.ui" line="+234"/>
        <source>填写有效的居民身份证号后，出生日期和性别会自动填写。</source>
        <translation>With a valid resident ID number, the birth date and sex are filled in automatically.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已按证件号码填写出生日期 {birth} 和性别 {sex}</source>
        <translation>Birth date {birth} and sex {sex} taken from the ID number</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>已新建幼儿档案：{name}。下一步可点“入托…”办理入托。</source>
        <translation>Child record created: {name}. Next, click “Enrol…” to enrol the child.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已保存幼儿档案：{name}。</source>
        <translation>Child record saved: {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>请注意：</source>
        <translation>Please note:</translation>
    </message>
    <message>
        <location filename="../../ui/child_dialog.ui" line="-220"/>
        <source>幼儿档案</source>
        <translation>Children&apos;s records</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>与证件一致，如：张三</source>
        <translation>As on the ID document, e.g. 张三</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>拼音(&amp;P)</source>
        <translation>&amp;Pinyin</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>按姓名自动生成</source>
        <translation>Read from the name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>读音不对时直接修改，如“乐”姓读 Lè 的填 le jia；可带声调</source>
        <translation>If the reading is wrong, type the right one, e.g. le jia for a 乐 family that says Lè; tone marks are allowed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>恢复自动读音</source>
        <translation>Automatic reading</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>证件类型(&amp;T)</source>
        <translation>ID &amp;type</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>证件号码(&amp;I)</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>居民身份证号为 18 位，末位可为 X</source>
        <translation>A resident ID number has 18 characters; the last may be X</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>无证件原因(&amp;R)</source>
        <translation>&amp;Reason for no ID</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>如：出生医学证明补办中</source>
        <translation>e.g. birth certificate being reissued</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>性别(&amp;S)</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>出生日期(&amp;B)</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>身份信息</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>电话用于紧急联系和接送核对；监护人身份证号可不填。</source>
        <translation>Phone numbers are for emergencies and pick-up checks; the guardian&apos;s ID number is optional.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>添加监护人(&amp;A)</source>
        <translation>&amp;Add guardian</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>删除所选(&amp;D)</source>
        <translation>&amp;Delete selected</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+52"/>
        <location line="+89"/>
        <location line="+95"/>
        <source>监护人</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>依据《个人信息保护法》，不满十四周岁儿童的个人信息和健康信息属于敏感个人信息，处理前须取得监护人的单独同意。健康信息处理同意须单独记录：未同意或已撤回时，不能录入该幼儿的健康档案（体检、晨午检、预防接种等）。撤回不影响撤回前已进行的处理。</source>
        <translation>Under the Personal Information Protection Law, the personal and health information of children under fourteen is sensitive personal information and needs the separate consent of a guardian before it is processed. Consent to processing health information is recorded separately: without it, or after it is withdrawn, no health records (exams, daily checks, vaccinations, etc.) can be entered for the child. Withdrawal does not affect processing done before it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>个人信息处理同意</source>
        <translation>Consent to processing personal information</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+89"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+89"/>
        <source>记录同意</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+89"/>
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>健康信息处理同意</source>
        <translation>Consent to processing health information</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>历史记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>同意事项</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>同意日期</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>撤回日期</source>
        <translation>Withdrawal date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>知情同意</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>过敏、接送约定等需要老师知道的事项。不要在此记录诊断等健康信息。</source>
        <translation>Things the teachers need to know, such as allergies or pick-up arrangements. Do not record diagnoses or other health information here.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>ChildPanel</name>
    <message>
        <location filename="../../operator_app/gui/views/child_panel.py" line="+125"/>
        <source>{name}（{sex}，{age}）</source>
        <translation>{name} ({sex}, {age})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>幼儿信息</source>
        <translation>Child</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>知情同意</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>入托记录</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>在托状态</source>
        <translation>Care status</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>在左侧列表中选择一名幼儿，这里显示其在托状态、监护人、知情同意和入托记录。</source>
        <translation>Select a child in the list on the left to see their care status, guardians, consents and enrolment history here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>监护人</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>尚无入托记录</source>
        <translation>No enrolments yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>不在托</source>
        <translation>Not in care</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{klass}（{type}），{start} 起{inclusive}</source>
        <translation>{klass} ({type}) from {start}{inclusive}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>，普惠托位</source>
        <translation>, inclusive place</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>已同意</source>
        <translation>Consented</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未同意</source>
        <translation>Not consented</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>至今</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{klass}（{type}）</source>
        <translation>{klass} ({type})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>离托原因：{reason}</source>
        <translation>Reason for leaving: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>说明：{note}</source>
        <translation>Notes: {note}</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <location filename="../../operator_app/gui/views/children_page.py" line="+229"/>
        <source>幼儿档案</source>
        <translation>Children&apos;s records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在托名册、监护人与知情同意、入托记录</source>
        <translation>Roster of children in care, guardians and consents, enrolments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索姓名、拼音、首字母、证件号或监护人电话</source>
        <translation>Search by name, pinyin, initials, ID number or guardian phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>输入即搜索；按 ↓ 进入列表，Ctrl+F 回到搜索框</source>
        <translation>Results update as you type; press ↓ to move into the list, Ctrl+F to return to the search box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在托</source>
        <translation>In care</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未在托</source>
        <translation>Not in care</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“未在托”包括已离托和尚未入托的幼儿</source>
        <translation>“Not in care” includes children who have left and children not yet enrolled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建幼儿</source>
        <translation>New child</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建幼儿档案（Ctrl+N）</source>
        <translation>Create a child record (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编辑所选幼儿的档案（Enter 或双击）</source>
        <translation>Edit the selected child&apos;s record (Enter or double-click)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入托…</source>
        <translation>Enrol…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转班…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离托…</source>
        <translation>Leave…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>升班提醒…</source>
        <translation>Class moves due…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>即将超出所在班型月龄的幼儿，可批量升班</source>
        <translation>Children about to outgrow the age band of their class; move them up together</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>共 {n} 名幼儿</source>
        <translation>{n} children</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（按证件号或电话搜索请至少输入 {n} 位数字）</source>
        <translation>(type at least {n} digits to search ID numbers or phones)</translation>
    </message>
</context>
<context>
    <name>ChildrenTableModel</name>
    <message>
        <location filename="../../operator_app/gui/models/children_model.py" line="+45"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拼音</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入托日期</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>监护人电话</source>
        <translation>Guardian phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>男</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>女</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>{name}（拼音 {pinyin}）</source>
        <translation>{name} (pinyin {pinyin})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>证件号码已隐藏中间几位；完整号码见幼儿档案</source>
        <translation>The middle digits of the ID number are hidden; the full number is in the child&apos;s record</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} 在托：{klass}（{start} 入托）</source>
        <translation>In care on {day}: {klass} (enrolled {start})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{day} 不在托（已离托或尚未入托）</source>
        <translation>Not in care on {day} (left or not yet enrolled)</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <location filename="../../operator_app/gui/dialogs/class_dialog.py" line="-173"/>
        <source>新建班级</source>
        <translation>New class</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编辑班级 - {name}</source>
        <translation>Edit class - {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>班内仍有幼儿，不能更改班型</source>
        <translation>The class still has children, so its type cannot change</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>；当前在班 {n} 人，额定人数不能少于此数</source>
        <translation>; {n} children are in the class now, the capacity cannot be lower</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{type}依规最多 {max} 人</source>
        <translation>a {type} may have at most {max} children</translation>
    </message>
    <message>
        <location filename="../../ui/class_dialog.ui" line="+14"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>名称(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>如：小一班</source>
        <translation>e.g. Toddlers 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>班型(&amp;T)</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>额定人数(&amp;C)</source>
        <translation>&amp;Capacity</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> 人</source>
        <translation> children</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>教室(&amp;R)</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>如：一楼东侧 101</source>
        <translation>e.g. ground floor east, 101</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>备注(&amp;M)</source>
        <translation>Re&amp;marks</translation>
    </message>
</context>
<context>
    <name>ClassRules</name>
    <message>
        <location filename="../../operator_app/gui/dialogs/class_dialog.py" line="-161"/>
        <source>{min} 个月以上</source>
        <translation>{min} months and over</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{min}–{max} 个月</source>
        <translation>{min}–{max} months</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{type}：月龄 {band}，每班最多 {max} 人，师幼比 1:{ratio}</source>
        <translation>{type}: aged {band}, at most {max} children per class, carer ratio 1:{ratio}</translation>
    </message>
</context>
<context>
    <name>ClassTableModel</name>
    <message>
        <location filename="../../operator_app/gui/models/class_table_model.py" line="+71"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>班型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>教室</source>
        <translation>Room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在班/额定</source>
        <translation>Enrolled / capacity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月龄范围</source>
        <translation>Age range</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保育人员</source>
        <translation>Carers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>师幼比</source>
        <translation>Carer ratio</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name}（已关闭）</source>
        <translation>{name} (closed)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>未指派</source>
        <translation>None assigned</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>在班 {n} 人，超过额定 {cap} 人</source>
        <translation>{n} children enrolled, over the capacity of {cap}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已满额</source>
        <translation>Full</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>还差 {n} 名合格保育人员</source>
        <translation>{n} more qualified carers needed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} 起关闭</source>
        <translation>Closed from {day}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>需 {required} 名，合格 {qualified} 名</source>
        <translation>{required} needed, {qualified} qualified</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} 个月</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low}–{high} 个月</source>
        <translation>{low}–{high} months</translation>
    </message>
</context>
<context>
    <name>ClassesHub</name>
    <message>
        <location filename="../../operator_app/gui/views/classes_hub.py" line="+61"/>
        <source>班级列表</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出勤登记</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <location filename="../../operator_app/gui/views/classes_page.py" line="+307"/>
        <source>班级管理</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示已关闭班级</source>
        <translation>Show closed classes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建班级</source>
        <translation>New class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建一个班级（Ctrl+N）</source>
        <translation>Create a class (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改所选班级的名称、额定人数、教室（双击表格行也可）</source>
        <translation>Change the name, capacity or room of the selected class (or double-click its row)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+164"/>
        <source>关闭班级</source>
        <translation>Close class</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>班内没有幼儿时，可从今天起关闭所选班级</source>
        <translation>Close the selected class from today, once no children are in it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指派保育人员</source>
        <translation>Assign carers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印本班花名册</source>
        <translation>Print class roster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印全园花名册</source>
        <translation>Print full roster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每班一页</source>
        <translation>One page per class</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全园花名册中每个班级另起一页（不勾选时各班依次排列，节省纸张）</source>
        <translation>Start each class on a new page of the full roster (unchecked: classes follow one another, saving paper)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>还没有班级。点击“新建班级”开始，额定人数会按班型的法定上限自动填写。</source>
        <translation>There are no classes yet. Click “New class” to start; the capacity is filled in with the legal maximum for the class type.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>红色底色：在班人数超过额定人数；黄色底色：已满额；师幼比红色 ✗：合格保育人员不足。</source>
        <translation>Red background: more children than the capacity; yellow background: full; red ✗ in the ratio: too few qualified carers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>班型规定</source>
        <translation>Class type rules</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>师幼比只计入已指派到本班、健康合格证在有效期内并已做背景查询的保育人员。</source>
        <translation>The ratio counts only carers assigned to the class with a valid health certificate and a background check on file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本班情况</source>
        <translation>Class details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在左侧选择一个班级查看详情。</source>
        <translation>Select a class on the left to see its details.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>班型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>教室</source>
        <translation>Room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在班/额定</source>
        <translation>Enrolled / capacity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月龄范围</source>
        <translation>Age range</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保育人员</source>
        <translation>Carers</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>师幼比</source>
        <translation>Carer ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>共 {n} 个班级，在班 {children} 人，额定 {capacity} 人&#x3000;·&#x3000;数据日期 {day}</source>
        <translation>{n} classes, {children} children enrolled, capacity {capacity}  ·  as of {day}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>未指派</source>
        <translation>None assigned</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>月龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>每班最多</source>
        <translation>Max. per class</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{n} 人</source>
        <translation>{n} children</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} / {cap} 人</source>
        <translation>{n} / {cap} children</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（超额 {n} 人）</source>
        <translation> ({n} over capacity)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（已满额）</source>
        <translation> (full)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>还差 {n} 名合格保育人员</source>
        <translation>{n} more qualified carers needed</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>班级“{name}”目前有 {n} 名幼儿在班，不能关闭。

请先在幼儿页为他们转班或办理离托，再关闭班级。</source>
        <translation>Class “{name}” still has {n} children and cannot be closed.

Move them to another class or record their leaving on the Children page first.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>确定从今天（{day}）起关闭班级“{name}”吗？

关闭后它不再出现在班级列表和出勤登记中，本班的保育人员指派同时结束；入托和出勤历史都会保留，勾选“显示已关闭班级”仍可查看。</source>
        <translation>Close class “{name}” from today ({day})?

It will no longer appear in the class list or the attendance register, and its carer assignments end. Enrolment and attendance history are kept; tick “Show closed classes” to see it.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>全园</source>
        <translation>whole daycare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>幼儿花名册（{scope}）</source>
        <translation>Children roster ({scope})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>无法生成花名册：{reason}</source>
        <translation>Cannot create the roster: {reason}</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../../operator_app/gui/dialogs/consent_section.py" line="+113"/>
        <source>同意事项</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>同意日期</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>撤回日期</source>
        <translation>Withdrawal date</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>从 {day} 起撤回{kind}？撤回后不能再处理该幼儿的相关信息；撤回前已进行的处理不受影响。</source>
        <translation>Withdraw the {kind} from {day}? Afterwards the child&apos;s related information can no longer be processed; processing done before is not affected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>撤回同意</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>已同意：{who}</source>
        <translation>Consented: {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>待保存：{name} 于 {day} 同意，保存档案时一并记录</source>
        <translation>Pending: {name} consented on {day}; recorded when the record is saved</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录同意</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已于 {day} 撤回</source>
        <translation>Withdrawn on {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未同意</source>
        <translation>Not consented</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（不能录入健康档案）</source>
        <translation> (health records cannot be entered)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>历史记录（{n} 条）</source>
        <translation>History ({n} entries)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../operator_app/gui/views/dashboard_page.py" line="+41"/>
        <source>托位使用</source>
        <translation>Places used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>普惠托位使用</source>
        <translation>Inclusive places used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>班级合规</source>
        <translation>Compliant classes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保育人员持证率</source>
        <translation>Certified carers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>不超过备案托位 {limit}</source>
        <translation>≤ {limit} filed places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不超过普惠托位 {limit}</source>
        <translation>≤ {limit} inclusive places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部班级人数与师幼比达标</source>
        <translation>every class within limits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≥ {target}%</source>
        <translation>≥ {target}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>使用率 {rate}</source>
        <translation>Occupancy {rate}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部达标</source>
        <translation>All classes compliant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{held} / {total} 人持保育师或育婴员证</source>
        <translation>{held} of {total} carers certified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚无保育人员</source>
        <translation>No carers yet</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>机构概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新计算今天的各项指标（F5）</source>
        <translation>Recalculate today&apos;s figures (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在托幼儿（按班型）</source>
        <translation>Children in care (by class type)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提醒</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暂无提醒，各项指标正常。</source>
        <translation>No alerts; all figures are in order.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无法显示首页数据：{reason}</source>
        <translation>Cannot show the overview: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{institution}&#x3000;·&#x3000;数据日期 {date}</source>
        <translation>{institution}  ·  as of {date}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{count} 人</source>
        <translation>{count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>合计 {count} 人</source>
        <translation>Total {count}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../operator_app/gui/views/data_page.py" line="+192"/>
        <source>已备份到 {path}（{size} KB）</source>
        <translation>Backed up to {path} ({size} KB)</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>恢复数据</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>将用备份文件替换当前全部数据：
{path}

当前数据会先另存一份到备份文件夹。确定恢复吗？</source>
        <translation>All current data will be replaced by the backup file:
{path}

The current data is first saved to the backups folder. Restore now?</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>已恢复。恢复前的数据已另存为 {path}</source>
        <translation>Restored. The data before the restore was saved as {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>检查完成：数据库完好，未发现问题。</source>
        <translation>Check finished: the database is sound, no problems found.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>检查完成：{errors} 个错误，{warnings} 个提醒</source>
        <translation>Check finished: {errors} errors, {warnings} warnings</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>请等其他后台任务（如正在生成的打印文件）结束后再恢复。</source>
        <translation>Wait until the other background work (such as a printout being made) has finished, then restore.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>正在检查数据…</source>
        <translation>Checking the data…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>备份到…</source>
        <translation>Back up to…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据检查</source>
        <translation>Check data</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>备份文件夹中的备份（最新在前）</source>
        <translation>Backups in the backups folder (newest first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>检查结果</source>
        <translation>Check results</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>操作日志（最近 200 条）</source>
        <translation>Audit log (latest 200 entries)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>数据管理</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份与恢复、数据完整性检查、操作日志</source>
        <translation>Backup and restore, integrity check, audit log</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>错误：{message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>提醒：{message}</source>
        <translation>Warning: {message}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>已取消，数据未做任何改变。</source>
        <translation>Cancelled; the data was not changed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据库备份 (*.sqlite3)</source>
        <translation>Database backups (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据库备份 (*.sqlite3 *.bak);;所有文件 (*)</source>
        <translation>Database backups (*.sqlite3 *.bak);;All files (*)</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../operator_app/gui/dialogs/enrolment_dialogs.py" line="+243"/>
        <source>入托 - {name}</source>
        <translation>Enrol - {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>为 {name}（{birth} 出生，今天 {age}）办理入托。</source>
        <translation>Enrol {name} (born {birth}, aged {age} today).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>占用普惠托位</source>
        <translation>On an inclusive place</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>班级(&amp;C)</source>
        <translation>&amp;Class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入托日期(&amp;D)</source>
        <translation>Enrolment &amp;date</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>入托</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>还没有开设班级，请先在“班级”页新建班级。</source>
        <translation>No classes have been opened yet. Create one on the “Classes” page first.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已为 {name} 办理入托：{klass}，{day} 起。</source>
        <translation>{name} enrolled in {klass} from {day}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../operator_app/gui/errors.py" line="+104"/>
        <source>程序发生了意外错误，当前操作可能没有完成。</source>
        <translation>An unexpected error occurred; the last action may not have been completed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>详细信息已写入日志文件：
{path}
如需帮助，请把该文件发给技术支持。</source>
        <translation>The details were written to the log file:
{path}
If you need help, send this file to technical support.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>程序错误</source>
        <translation>Program error</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../operator_app/gui/jobs.py" line="+103"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../operator_app/gui/widgets/kpi_card.py" line="+17"/>
        <source>达标</source>
        <translation>On target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需关注</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未达标</source>
        <translation>Below target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仅供参考</source>
        <translation>For information</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>目标：{target}</source>
        <translation>Target: {target}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}：{status}</source>
        <translation>{label}: {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value}，{status}</source>
        <translation>{value}, {status}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../operator_app/gui/labels.py" line="+24"/>
        <source>乳儿班</source>
        <translation>Infant class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>托小班</source>
        <translation>Younger toddler class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>托大班</source>
        <translation>Older toddler class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>混合班</source>
        <translation>Mixed-age class</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生医学证明</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>港澳居民来往内地通行证</source>
        <translation>Mainland travel permit for Hong Kong and Macao residents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>台湾居民来往大陆通行证</source>
        <translation>Mainland travel permit for Taiwan residents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外国人永久居留身份证</source>
        <translation>Foreign permanent resident ID card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暂无证件</source>
        <translation>No ID yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>营利性</source>
        <translation>For-profit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非营利性（社会服务机构）</source>
        <translation>Non-profit (social service organisation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事业单位</source>
        <translation>Public institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家庭托育点</source>
        <translation>Home daycare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保育人员</source>
        <translation>Carer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保健人员</source>
        <translation>Health worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保安人员</source>
        <translation>Security guard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>炊事人员</source>
        <translation>Cook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保育师</source>
        <translation>Childcare worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>育婴员</source>
        <translation>Infant carer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>职业资格证书</source>
        <translation>Vocational qualification certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职业技能等级证书</source>
        <translation>Vocational skill level certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>母亲</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>父亲</source>
        <translation>Father</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>祖父母/外祖父母</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他监护人</source>
        <translation>Other guardian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>升入幼儿园</source>
        <translation>Going on to kindergarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搬家/转园</source>
        <translation>Moving house or daycare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家庭原因</source>
        <translation>Family reasons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>健康原因</source>
        <translation>Health reasons</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>机构名称</source>
        <translation>Institution name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机构性质</source>
        <translation>Type of institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备案编号</source>
        <translation>Filing number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>行政区划代码</source>
        <translation>Administrative division code</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备案托位数</source>
        <translation>Filed places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>普惠托位数</source>
        <translation>Inclusive places</translation>
    </message>
    <message>
        <location filename="../../operator_app/gui/dialogs/consent_section.py" line="-213"/>
        <source>个人信息处理同意</source>
        <translation>Consent to processing personal information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>健康信息处理同意</source>
        <translation>Consent to processing health information</translation>
    </message>
    <message>
        <location filename="../../operator_app/gui/models/children_model.py" line="-223"/>
        <source>在托</source>
        <translation>In care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未在托</source>
        <translation>Not in care</translation>
    </message>
    <message>
        <location filename="../../operator_app/gui/labels.py" line="-56"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../../operator_app/gui/models/register_model.py" line="+42"/>
        <source>出勤</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../operator_app/gui/models/register_model.py" line="+1"/>
        <source>病假</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../operator_app/gui/models/register_model.py" line="+1"/>
        <source>事假</source>
        <translation>Personal leave</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../operator_app/gui/models/register_model.py" line="+1"/>
        <source>未到</source>
        <translation>Absent</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../operator_app/gui/dialogs/enrolment_dialogs.py" line="+97"/>
        <source>离托 - {name}</source>
        <translation>Leave - {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} 在 {klass}，{start} 入托。请填写最后一个在托日和离托原因。</source>
        <translation>{name} is in {klass}, enrolled on {start}. Enter the last day in care and the reason for leaving.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} 没有进行中的入托记录。</source>
        <translation>{name} has no current enrolment.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>可不填，如：转入某某幼儿园</source>
        <translation>Optional, e.g. moving to a kindergarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最后在托日(&amp;D)</source>
        <translation>Last &amp;day in care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离托原因(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明(&amp;N)</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理离托</source>
        <translation>Record leaving</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>离托</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已为 {name} 办理离托：最后在托日 {day}（{reason}）。</source>
        <translation>{name} has left: last day in care {day} ({reason}).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../operator_app/gui/main_window.py" line="+202"/>
        <source>{title}（Ctrl+{number}）</source>
        <translation>{title} (Ctrl+{number})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>功能导航</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份(&amp;B)…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从备份恢复(&amp;R)…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>托育机构管理</source>
        <translation>Daycare Manager</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{app} — {institution}</source>
        <translation>{app} — {institution}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>尚未设置机构信息</source>
        <translation>The institution has not been set up yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>非文件数据库</source>
        <translation>not a file database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据文件：{path}</source>
        <translation>Data file: {path}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>备份数据</source>
        <translation>Back up data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据库备份 (*.sqlite3)</source>
        <translation>Database backups (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>关于托育机构管理</source>
        <translation>About Daycare Manager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;托育机构管理 {version}&lt;/h3&gt;&lt;p&gt;托育机构的幼儿、员工、健康档案、补贴申报与备案管理。&lt;/p&gt;&lt;p&gt;数据文件夹：{data}&lt;br&gt;日志文件夹：{logs}&lt;/p&gt;&lt;p&gt;界面字体：思源黑体 Noto Sans SC（SIL Open Font License 1.1）。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Daycare Manager {version}&lt;/h3&gt;&lt;p&gt;Children, staff, health records, subsidy claims and filing for daycare institutions.&lt;/p&gt;&lt;p&gt;Data folder: {data}&lt;br&gt;Log folder: {logs}&lt;/p&gt;&lt;p&gt;Interface font: Noto Sans SC (SIL Open Font License 1.1).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MonthRateBox</name>
    <message>
        <location filename="../../operator_app/gui/widgets/month_rate_box.py" line="+48"/>
        <source>本月出勤</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印月度出勤表</source>
        <translation>Print monthly attendance sheet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{year} 年 {month} 月出勤率</source>
        <translation>Attendance rate {year}-{month}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>应出勤 {expected} 人次，实际出勤 {present} 人次；只统计已登记的日子。</source>
        <translation>{present} of {expected} expected child-days present; only recorded days are counted.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../operator_app/gui/pages.py" line="+46"/>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机构概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>托位、持证率、建档率等关键指标与提醒</source>
        <translation>Key figures such as places, certified carers and complete records, with alerts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>班级</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>班级管理</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>设置班型与容量，安排保育人员，检查师生配比</source>
        <translation>Class types and capacities, carer assignments, carer-to-child ratios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>幼儿</source>
        <translation>Children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>幼儿档案</source>
        <translation>Children&apos;s records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入托登记、监护人与知情同意、在托名册和出勤</source>
        <translation>Enrolment, guardians and consent, rosters and attendance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>健康</source>
        <translation>Health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>健康档案</source>
        <translation>Health records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入托体检、生长发育评价、预防接种查验、晨午检与因病缺勤追踪</source>
        <translation>Admission exams, growth assessment, vaccination checks, daily health checks and illness-absence follow-up</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>员工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>员工管理</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>岗位与资格证书、持证率、健康合格证和背景查询到期提醒</source>
        <translation>Roles and certificates, certification rate, reminders for health certificates and background checks</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>补贴申报</source>
        <translation>Subsidy claims</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按月核算普惠托位运营补贴，生成申报表和明细表</source>
        <translation>Monthly operating subsidy for inclusive places, with the claim form and its detail list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>备案</source>
        <translation>Filing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机构备案</source>
        <translation>Filing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备案书、承诺书和备案材料清单，变更备案</source>
        <translation>Filing form, commitment letter, checklist of documents, and change filings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据管理</source>
        <translation>Data management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入导出、备份与恢复、数据完整性检查和操作日志</source>
        <translation>Import and export, backup and restore, integrity check and audit log</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>系统设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机构信息、业务参数和界面偏好</source>
        <translation>Institution details, business parameters and interface preferences</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <location filename="../../operator_app/gui/labels.py" line="+19"/>
        <source>乳儿班最大人数</source>
        <translation>Infant class: maximum children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>托小班最大人数</source>
        <translation>Younger toddler class: maximum children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>托大班最大人数</source>
        <translation>Older toddler class: maximum children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>混合班最大人数</source>
        <translation>Mixed-age class: maximum children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乳儿班保育人员配比（每名保育人员照护幼儿数）</source>
        <translation>Infant class: carer ratio (children per carer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>托小班保育人员配比</source>
        <translation>Younger toddler class: carer ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>托大班保育人员配比</source>
        <translation>Older toddler class: carer ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>混合班保育人员配比</source>
        <translation>Mixed-age class: carer ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家庭托育点最多收托人数</source>
        <translation>Home daycare: maximum children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家庭托育点保育人员配比</source>
        <translation>Home daycare: carer ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>健康合格证到期提前提醒</source>
        <translation>Remind of expiring health certificates ahead by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>背景审查复查周期</source>
        <translation>Repeat background checks every</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保育人员持证率目标</source>
        <translation>Target share of certified carers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>配备专职保健人员的在托人数</source>
        <translation>Full-time health worker needed from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每名炊事人员对应就餐幼儿数</source>
        <translation>Children fed per cook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入托体检报告有效期</source>
        <translation>Admission exam report valid for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离园后需重新体检的时长</source>
        <translation>New exam needed after an absence of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入托后预防接种证查验期限</source>
        <translation>Check vaccination records after enrolment within</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子健康档案建档率目标</source>
        <translation>Target share of electronic health records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>传染病预警：同班一日病例数</source>
        <translation>Outbreak alert: cases in one class in a day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>传染病预警：同班三日病例数</source>
        <translation>Outbreak alert: cases in one class in three days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>升班提醒提前天数</source>
        <translation>Remind of class moves ahead by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入托最小月龄（低于则提醒）</source>
        <translation>Minimum enrolment age (warn if younger)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入托最大月龄（达到则提醒）</source>
        <translation>Maximum enrolment age (warn when reached)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补贴：每月在托最少天数</source>
        <translation>Subsidy: minimum days in care per month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补贴：每月最少出勤天数（0 为不检查）</source>
        <translation>Subsidy: minimum days attended per month (0: not checked)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补贴：月初月龄上限</source>
        <translation>Subsidy: maximum age at the start of the month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补贴：地区</source>
        <translation>Subsidy: region</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>人</source>
        <translation>children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个月</source>
        <translation>months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例</source>
        <translation>cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../operator_app/gui/widgets/pdf_preview.py" line="+53"/>
        <source>无法打开 PDF 文件：{path}</source>
        <translation>Cannot open the PDF file: {path}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>无法开始打印，请检查打印机设置。</source>
        <translation>Printing could not start. Please check the printer settings.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>打印预览 - {title}</source>
        <translation>Print preview - {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择打印机并打印（Ctrl+P）</source>
        <translation>Choose a printer and print (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把 PDF 文件保存到其他位置（Ctrl+S）</source>
        <translation>Save the PDF file somewhere else (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>第 {page} / {total} 页</source>
        <translation>Page {page} of {total}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>保存失败</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法保存到 {path}：{reason}</source>
        <translation>Cannot save to {path}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>PinyinField</name>
    <message>
        <location filename="../../operator_app/gui/dialogs/pinyin_field.py" line="+68"/>
        <source>首字母 {initials}；已手动更正，修改姓名或姓氏读音表不会改变它</source>
        <translation>Initials {initials}; corrected by hand: changing the name or the surname table leaves it as it is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>首字母 {initials}；按姓氏读音表自动生成，读音不对可直接修改</source>
        <translation>Initials {initials}; read with the surname table. If the reading is wrong, type the right one</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../operator_app/gui/views/placeholder_page.py" line="+29"/>
        <source>{capability}：将在后续版本提供</source>
        <translation>{capability}: coming in a later version</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>计划内容：{description}</source>
        <translation>Planned: {description}</translation>
    </message>
</context>
<context>
    <name>PrintPreviewer</name>
    <message>
        <location filename="../../operator_app/gui/widgets/print_preview.py" line="+56"/>
        <source>正在生成 {title}…</source>
        <translation>Generating {title}…</translation>
    </message>
</context>
<context>
    <name>RegisterBox</name>
    <message>
        <location filename="../../operator_app/gui/widgets/register_box.py" line="+66"/>
        <source>键盘：↑↓ 选择幼儿；1 出勤、2 病假、3 事假、4 未到（或 C/B/S/W）；空格 依次切换；标记缺勤后直接输入病因、追踪情况或缺勤原因，回车确认。</source>
        <translation>Keyboard: ↑↓ choose a child; 1 present, 2 sick leave, 3 personal leave, 4 absent (or C/B/S/W); Space cycles; after marking an absence type the illness, the follow-up or the reason, Enter confirms.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部出勤</source>
        <translation>All present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把本班所有幼儿改回出勤（保存后生效）</source>
        <translation>Mark every child of this class present again (takes effect when saved)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存本日出勤登记（Ctrl+S）</source>
        <translation>Save this day&apos;s attendance (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../operator_app/gui/models/register_model.py" line="+118"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>病因</source>
        <translation>Illness</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>缺勤原因/追踪</source>
        <translation>Reason / follow-up</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>无健康信息处理同意</source>
        <translation>No health-data consent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>无健康信息处理同意：这一天没有监护人有效的健康信息处理同意，病假照常登记，但不记录病因</source>
        <translation>No health-data consent: no guardian&apos;s consent to health-data processing was in force on this day; the sick leave is registered as usual, but no illness is recorded</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>病假须填写因病缺勤追踪情况：选中后直接输入，回车确认</source>
        <translation>Sick leave needs a follow-up: select the cell and type, Enter confirms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事假和未到须写明原因：选中后直接输入，回车确认</source>
        <translation>Personal leave and absence need a reason: select the cell and type, Enter confirms</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>病假须填写病因：选中后直接输入，回车确认</source>
        <translation>A sick absence needs the illness: select the cell, type, and press Enter</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../operator_app/gui/views/settings_page.py" line="+32"/>
        <source>班级规模与师幼比</source>
        <translation>Class sizes and carer ratios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家庭托育点</source>
        <translation>Home daycare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>员工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>卫生保健</source>
        <translation>Health care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入托</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补贴申报</source>
        <translation>Subsidy claims</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>尚未设置机构信息</source>
        <translation>The institution has not been set up yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&#x3000;统一社会信用代码 {uscc}&#x3000;备案托位 {places}（普惠 {inclusive}）</source>
        <translation>{name}   Unified social credit code {uscc}   Filed places {places} (inclusive {inclusive})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>已保存 {n} 项参数</source>
        <translation>{n} parameters saved</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>修改机构信息…</source>
        <translation>Edit institution…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>保存参数</source>
        <translation>Save parameters</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>系统设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>机构信息与业务参数；参数默认为国家标准，可按区县卫健委要求修改</source>
        <translation>Institution details and business parameters; defaults are the national values, adjustable to the district health commission&apos;s rules</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>默认值：{value}</source>
        <translation>Default: {value}</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../operator_app/gui/dialogs/setup_dialog.py" line="+119"/>
        <source>{label}：{reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>正在生成演示数据…</source>
        <translation>Creating the demo data…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>无法生成演示数据：{reason}</source>
        <translation>Cannot create the demo data: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.ui" line="+14"/>
        <source>机构信息</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>首次使用，请填写本机构的基本信息。机构名称、统一社会信用代码、机构性质和备案托位数为必填项，其余可以以后补充。</source>
        <translation>Welcome. Please enter your institution&apos;s basic details. Name, unified social credit code, type and filed places are required; the rest can be added later.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>机构名称</source>
        <translation>Institution name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>与营业执照或登记证书一致</source>
        <translation>As on the business licence or registration certificate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>18 位，由数字和大写字母组成</source>
        <translation>18 digits and capital letters</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>机构性质</source>
        <translation>Type of institution</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>备案编号</source>
        <translation>Filing number</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>尚未备案可不填</source>
        <translation>Leave empty if not filed yet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>行政区划代码</source>
        <translation>Administrative division code</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>6、9 或 12 位数字，例如 500103</source>
        <translation>6, 9 or 12 digits, e.g. 500103</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>联系电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>例如 023-63001234</source>
        <translation>e.g. 023-63001234</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>备案托位数</source>
        <translation>Filed places</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>普惠托位数</source>
        <translation>Inclusive places</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>提供膳食</source>
        <translation>Meals provided</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>填入一个虚构的演示机构及其幼儿、员工和班级，便于试用</source>
        <translation>Fill in a fictional demo institution with children, staff and classes, to try the program</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>使用演示机构</source>
        <translation>Use demo institution</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SurnameSection</name>
    <message>
        <location filename="../../operator_app/gui/views/surname_section.py" line="+54"/>
        <source>内置读音（没有自定义读音时使用）：{entries}</source>
        <translation>Built-in readings (used unless you add your own): {entries}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已保存“{surname}”的读音，{children} 名幼儿、{staff} 名员工的拼音已更新</source>
        <translation>Reading of “{surname}” saved; pinyin of {children} children and {staff} staff updated</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已删除“{surname}”的读音，{children} 名幼儿、{staff} 名员工的拼音已更新</source>
        <translation>Reading of “{surname}” removed; pinyin of {children} children and {staff} staff updated</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>姓氏读音</source>
        <translation>Surname readings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>拼音排序和搜索时，姓氏按此表读音。本机构有读法不同的姓氏（如覃姓读 Tán）时在此添加；个别幼儿的读音可在幼儿档案中单独更正。</source>
        <translation>Sorting and searching by pinyin read surnames with this table. Add a surname your families read differently (e.g. 覃 as Tán) here; one child&apos;s own reading can be corrected in the child&apos;s record.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>姓氏</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>读音</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>内置读音</source>
        <translation>Built-in reading</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>姓氏，如：覃</source>
        <translation>Surname, e.g. 覃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>读音，如：tan（可带声调）</source>
        <translation>Reading, e.g. tan (tone marks allowed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>添加或修改</source>
        <translation>Add or change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../operator_app/gui/dialogs/enrolment_dialogs.py" line="-102"/>
        <source>转班 - {name}</source>
        <translation>Transfer - {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} 目前在 {klass}（{start} 起）。转班后原班级记录在转班日前一天结束。</source>
        <translation>{name} is in {klass} (since {start}). After a transfer the old class record ends on the day before the transfer date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} 今天不在托，不能转班。</source>
        <translation>{name} is not in care today and cannot be transferred.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>转入班级(&amp;C)</source>
        <translation>To &amp;class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转班日期(&amp;D)</source>
        <translation>Transfer &amp;date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>仍然转入</source>
        <translation>Transfer anyway</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <location line="+5"/>
        <source>转班</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已为 {name} 办理转班：{day} 起转入 {klass}。</source>
        <translation>{name} transferred to {klass} from {day}.</translation>
    </message>
</context>
<context>
    <name>TransitionsDialog</name>
    <message>
        <location filename="../../operator_app/gui/views/transitions_dialog.py" line="+90"/>
        <source>满 3 岁，应离托</source>
        <translation>Turns 3, should leave</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} 名幼儿将在 {days} 天内超出所在班型的月龄</source>
        <translation>{n} children will outgrow the age band of their class within {days} days</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>请勾选要升班的幼儿并选择目标班级。</source>
        <translation>Tick the children to move up and choose their new class.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>批量升班未完成，所有幼儿均未调整。原因：{reason}</source>
        <translation>The class moves were not made; no child was changed. Reason: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已为 {n} 名幼儿批量升班，{day} 起生效。</source>
        <translation>{n} children moved up, effective {day}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>升班提醒</source>
        <translation>Class moves due</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>下周一</source>
        <translation>Next Monday</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>下月 1 日</source>
        <translation>1st of next month</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>提前</source>
        <translation>Look ahead</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>升班日期</source>
        <translation>Move date</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>升班</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前班级</source>
        <translation>Current class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>超龄日期</source>
        <translation>Outgrows on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应升入</source>
        <translation>Should move to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目标班级</source>
        <translation>New class</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>在此期间没有需要升班的幼儿。</source>
        <translation>No child needs to move up in this period.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>升班即从升班日期起转入目标班级，原班级记录在前一天结束。勾选的幼儿全部成功才会生效。</source>
        <translation>Moving up transfers a child to the new class from the move date; the old class record ends the day before. Nothing changes unless every ticked child can be moved.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>批量升班</source>
        <translation>Move up selected</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>无（请办理离托）</source>
        <translation>None (record leaving)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>没有{type}，请先开班</source>
        <translation>No {type} exists; open one first</translation>
    </message>
</context>
<context>
    <name>_EnrolmentDialog</name>
    <message>
        <location filename="../../operator_app/gui/dialogs/enrolment_dialogs.py" line="-275"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>月龄与班型不符</source>
        <translation>Age does not match the class type</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>说明理由，如：家长申请、经园长同意</source>
        <translation>Give the reason, e.g. parents&apos; request approved by the director</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仍然编入</source>
        <translation>Place anyway</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>说明</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{action}未完成：月龄与班型不符，需填写说明后点“{button}”。</source>
        <translation>{action} not done: the child&apos;s age does not fit the class type. Enter a note, then click “{button}”.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>入托</source>
        <translation>Enrolment</translation>
    </message>
</context>
</TS>
