<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="65" />
        <source>办理日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="68" />
        <source>审批人/审批单位</source>
        <translation>Approver / approving body</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="72" />
        <source>延缓/休学截止日期</source>
        <translation>Deferral / suspension until</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="77" />
        <source>销号原因</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="85" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="87" />
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="109" />
        <source>经相关部门联合劝返三次以上或经司法判决裁定，监护人已履行法定义务但学生仍拒不返校的，经县级领导小组核实同意后认定。认定后劝返工作继续进行。</source>
        <translation>After three or more joint persuasions by several departments, or a court judgment, where the guardian has met the legal duty but the student still refuses, the county leading group may confirm this exception. Persuasion continues afterwards.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="113" />
        <source>销号需要佐证材料和审批人。附件可在下方添加，作为佐证一并保存。</source>
        <translation>Closing a case needs evidence and an approver. Files added below are saved as evidence too.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="17" />
        <source>新建学生…</source>
        <translation>New student…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="18" />
        <source>为当前学生建案…</source>
        <translation>Open a case for this student…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="19" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="20" />
        <source>打开选中案件</source>
        <translation>Open selected case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="21" />
        <source>记录走访/联系…</source>
        <translation>Record visit / contact…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="22" />
        <source>记录联合劝返…</source>
        <translation>Record joint persuasion…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="23" />
        <source>编辑一人一案…</source>
        <translation>Edit case plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="24" />
        <source>记录法律程序…</source>
        <translation>Record legal step…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="25" />
        <source>登记送达回证…</source>
        <translation>Record proof of service…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="26" />
        <source>复学登记…</source>
        <translation>Register return…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="27" />
        <source>跟踪回访…</source>
        <translation>Follow-up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="28" />
        <source>资助帮扶…</source>
        <translation>Support…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="29" />
        <source>延缓/休学申请…</source>
        <translation>Deferral application…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="30" />
        <source>残疾评估意见…</source>
        <translation>Disability assessment…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="31" />
        <source>送教上门记录…</source>
        <translation>Home-teaching session…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="32" />
        <source>告知函/回执…</source>
        <translation>Notice / receipt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="33" />
        <source>添加附件（照片/扫描件）…</source>
        <translation>Attach photo or scan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="34" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="35" />
        <source>工作周期设置…</source>
        <translation>Work cadences…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="36" />
        <source>未保存的草稿…</source>
        <translation>Unsaved drafts…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="37" />
        <source>使用指南</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="38" />
        <source>快捷键一览</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="39" />
        <source>关于</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="331" />
        <source>残疾类别</source>
        <translation>Disability category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="333" />
        <source>残疾等级</source>
        <translation>Disability grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="334" />
        <source>残疾证号</source>
        <translation>Disability certificate no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="335" />
        <source>评估结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="337" />
        <source>安置建议</source>
        <translation>Placement advice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="339" />
        <source>评估专家</source>
        <translation>Assessors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="340" />
        <source>监护人同意</source>
        <translation>Guardian consents</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="86" />
        <source>为该学生建案…</source>
        <translation>Open a case…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="88" />
        <source>修改学生信息…</source>
        <translation>Correct the student's record…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="90" />
        <source>更正姓名、身份证号、住址、学校、监护人电话等（留有修改记录）</source>
        <translation>Correct the name, ID number, address, school, guardian's phone… (every change is recorded)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="108" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="108" />
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="108" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="108" />
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="129" />
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="130" />
        <location filename="../../desktop/ui/labels.py" line="42" />
        <source>一人一案</source>
        <translation>Case plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="131" />
        <source>案件信息</source>
        <translation>Case details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="137" />
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="146" />
        <source>办理（状态变更）</source>
        <translation>Actions (state changes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="149" />
        <source>更多</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="205" />
        <source>（尚未建案）</source>
        <translation>(no case yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="331" />
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="333" />
        <source>双击打开</source>
        <translation>Double-click to open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="421" />
        <source>没有可办理的状态变更</source>
        <translation>No state change available</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40" />
        <source>记录走访/联系</source>
        <translation>Record visit / contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="41" />
        <source>联合劝返</source>
        <translation>Joint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43" />
        <source>法律程序</source>
        <translation>Legal step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="44" />
        <source>送达回证</source>
        <translation>Proof of service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="45" />
        <source>复学登记</source>
        <translation>Return to school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="46" />
        <source>跟踪回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="47" />
        <source>资助帮扶</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="48" />
        <source>延缓/休学申请</source>
        <translation>Deferral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="49" />
        <source>残疾评估</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="50" />
        <source>送教上门</source>
        <translation>Home teaching</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="51" />
        <source>告知函/回执</source>
        <translation>Notice / receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="52" />
        <source>添加附件</source>
        <translation>Attach file</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="82" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="84" />
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="86" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="87" />
        <source>参与人员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="88" />
        <source>姓名（单位），多人用顿号分隔</source>
        <translation>Name (organisation), separated by 、</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="91" />
        <source>参与部门</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="93" />
        <source>见到的人</source>
        <translation>Person met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="95" />
        <source>学生态度</source>
        <translation>Student's attitude</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="98" />
        <source>监护人态度</source>
        <translation>Guardian's attitude</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="100" />
        <source>了解情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="101" />
        <source>劝返方式</source>
        <translation>Methods</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="103" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="105" />
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="106" />
        <source>下次走访日期</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="107" />
        <source>监护人已签字</source>
        <translation>Guardian signed</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/form_widgets.py" line="46" />
        <source>未填</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>DeferralDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="301" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="302" />
        <source>休学</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="302" />
        <source>延缓入学</source>
        <translation>Deferred entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="304" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="305" />
        <source>开始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="307" />
        <source>截止日期</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="309" />
        <source>证明单位/材料</source>
        <translation>Proof</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="310" />
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="311" />
        <source>拒不返校特殊情形</source>
        <translation>Refusal exception</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="78" />
        <source>记录走访/联系</source>
        <translation>Record visit / contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="130" />
        <source>记录联合劝返（多部门）</source>
        <translation>Record joint persuasion (several departments)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="136" />
        <source>记录法律程序</source>
        <translation>Record legal step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="166" />
        <source>登记送达回证</source>
        <translation>Record proof of service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="212" />
        <source>复学登记</source>
        <translation>Return to school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="249" />
        <source>跟踪回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="276" />
        <source>资助帮扶</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="296" />
        <source>延缓入学/休学申请</source>
        <translation>Deferral / suspension application</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="327" />
        <source>残疾儿童入学评估意见（保密）</source>
        <translation>Disability assessment (confidential)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="356" />
        <source>送教上门记录</source>
        <translation>Home-teaching session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="380" />
        <source>告知函/回执</source>
        <translation>Notice / receipt</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="46" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="95" />
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="96" />
        <source>全部村</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="97" />
        <source>全部学校</source>
        <translation>All schools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="98" />
        <source>全部年级</source>
        <translation>All grades</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="101" />
        <source>全部原因</source>
        <translation>All causes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="102" />
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="103" />
        <source>全部责任人</source>
        <translation>All responsible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="104" />
        <source>逾期未走访</source>
        <translation>Visit overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="105" />
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="106" />
        <source>清除所有筛选条件（Ctrl+Shift+X）</source>
        <translation>Clear all filters (Ctrl+Shift+X)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="32" />
        <source>控辍保学工作台 — 首次使用</source>
        <translation>kcbx — first run</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="33" />
        <source>还没有数据库（%1）。请选择：</source>
        <translation>There is no database yet (%1). Choose:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="35" />
        <source>创建演示县（虚构数据，用于熟悉程序）</source>
        <translation>Create a demo county (synthetic data, for learning)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="41" />
        <source>学生人数：</source>
        <translation>Students: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="42" />
        <source>为本县新建空数据库</source>
        <translation>Create an empty database for my county</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="47" />
        <source>输入县名查找，如“从江”</source>
        <translation>Type a county name, e.g. 从江</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="55" />
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="104" />
        <source>正在生成演示县数据库…</source>
        <translation>Generating the demo county…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="108" />
        <source>请先输入县名并在列表中选中本县</source>
        <translation>Type the county name and pick it in the list first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="119" />
        <source>正在建立数据库…</source>
        <translation>Creating the database…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="252" />
        <source>学生在校</source>
        <translation>Student attending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="254" />
        <source>情况</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="255" />
        <source>帮扶措施</source>
        <translation>Help given</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="258" />
        <source>反弹风险</source>
        <translation>Risk of dropping out again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="260" />
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="260" />
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="260" />
        <source>高</source>
        <translation>High</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="19" />
        <source>使用指南</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HomeTeachingDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="359" />
        <source>课时</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="363" />
        <source>送教教师</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="364" />
        <source>送教内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="365" />
        <source>学生反应</source>
        <translation>Student's response</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="366" />
        <source>下次目标</source>
        <translation>Next goal</translation>
    </message>
</context>
<context>
    <name>IdNumberEdit</name>
    <message>
        <location filename="../../desktop/ui/form_widgets.py" line="162" />
        <source>18位身份证号，录入后自动填出生日期和性别</source>
        <translation>18-character ID number; fills birth date and sex</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form_widgets.py" line="189" />
        <source>还差 %1 位</source>
        <translation>%1 more characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form_widgets.py" line="202" />
        <source>出生日期 %1，%2</source>
        <translation>Born %1, %2</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="51" />
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="52" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="53" />
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="54" />
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="55" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="56" />
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="57" />
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="58" />
        <source>年级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="59" />
        <source>辍学原因</source>
        <translation>Causes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="60" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="61" />
        <source>劝返次数</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="62" />
        <source>联合劝返</source>
        <translation>Joint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="63" />
        <source>上次联系</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="64" />
        <source>下次走访</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="65" />
        <source>包保责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="66" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="67" />
        <source>学籍号</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="68" />
        <source>标识</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="69" />
        <source>案件状态</source>
        <translation>Case state</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/ledger_view.py" line="374" />
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegalStepDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="139" />
        <source>程序</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="140" />
        <source>文书编号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="141" />
        <source>发文单位</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="142" />
        <source>受文人（监护人）</source>
        <translation>Addressee (guardian)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="143" />
        <source>内容摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="147" />
        <source>限期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="150" />
        <source>罚款金额（元）</source>
        <translation>Fine (yuan)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="38" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="39" />
        <source>案件(&amp;C)</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="40" />
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="41" />
        <source>同步(&amp;S)</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="42" />
        <source>数据(&amp;D)</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="43" />
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="44" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="49" />
        <source>工作台</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="50" />
        <source>适龄儿童</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="51" />
        <source>全部案件</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="52" />
        <source>疑似辍学</source>
        <translation>Suspected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="53" />
        <source>辍学/劝返中</source>
        <translation>Dropouts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="54" />
        <source>已复学跟踪</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="55" />
        <source>延缓/休学</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="56" />
        <source>送教上门</source>
        <translation>Home teaching</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="57" />
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="58" />
        <source>案件详情</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="82" />
        <source>控辍保学工作台</source>
        <translation>Keeping Children in School</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="119" />
        <source>新建学生…</source>
        <translation>New student…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="120" />
        <source>先查重再登记一名学生（Ctrl+N）</source>
        <translation>Look for duplicates, then register a student (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="267" />
        <source>请选择案件</source>
        <translation>Select a case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="267" />
        <source>请先选择或打开一个案件。</source>
        <translation>Select or open a case first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="316" />
        <source>正在建立搜索索引…</source>
        <translation>Building the search index…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="379" />
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="190" />
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="191" />
        <source>辍学原因</source>
        <translation>Causes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="192" />
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="193" />
        <source>辍学日期</source>
        <translation>Dropped out on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="195" />
        <source>去向</source>
        <translation>Whereabouts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="197" />
        <source>去向详情</source>
        <translation>Whereabouts detail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="198" />
        <source>行政线责任人</source>
        <translation>Responsible (administration)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="199" />
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="200" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="201" />
        <source>教育线责任人</source>
        <translation>Responsible (education)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="202" />
        <source>职务 </source>
        <translation>Title </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="203" />
        <source>电话 </source>
        <translation>Phone </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="204" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>NewChildDialog</name>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="123" />
        <source>可能已登记（双击打开该学生，不要重复新建）：</source>
        <translation>Possibly registered already (double-click to open instead of creating a duplicate):</translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="39" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="40" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="42" />
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="44" />
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="45" />
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="46" />
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="49" />
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="50" />
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="51" />
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="52" />
        <source>年级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="53" />
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="54" />
        <source>标识</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="55" />
        <source>监护人姓名</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="57" />
        <source>与学生关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="59" />
        <source>监护人电话</source>
        <translation>Guardian's phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="89" />
        <source>（未入学）</source>
        <translation>(not enrolled)</translation>
    </message>
</context>

<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="385" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="388" />
        <source>发出告知函</source>
        <translation>Notice sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="389" />
        <source>收到告知函</source>
        <translation>Notice received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="390" />
        <source>收到回执</source>
        <translation>Receipt received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="396" />
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="399" />
        <source>跨省辍学学生情况告知</source>
        <translation>Cross-province dropout notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="400" />
        <source>未满16周岁务工告知</source>
        <translation>Child-labour notice (under 16)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="404" />
        <source>对方单位</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="405" />
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="406" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="407" />
        <source>回执对应的告知函</source>
        <translation>Receipt answers notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="408" />
        <source>（不是回执）</source>
        <translation>(not a receipt)</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="177" />
        <source>一人一案工作方案</source>
        <translation>Case plan (一人一案)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="182" />
        <source>家庭情况</source>
        <translation>Family situation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="183" />
        <source>辍学原因分析</source>
        <translation>Cause analysis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="184" />
        <source>劝返措施</source>
        <translation>Persuasion measures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="186" />
        <source>劝返时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="188" />
        <source>资助帮扶</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="189" />
        <source>复学安置方案</source>
        <translation>Placement plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="190" />
        <source>制定人</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="191" />
        <source>制定日期</source>
        <translation>Made on</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="74" />
        <source>放弃草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="93" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="95" />
        <source>保存（Ctrl+S 或 Ctrl+回车）</source>
        <translation>Save (Ctrl+S or Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="98" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="148" />
        <source>已恢复 %1 未保存的内容。</source>
        <translation>Restored unsaved input from %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="165" />
        <source>添加照片/扫描件…</source>
        <translation>Add photo/scan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="166" />
        <source>也可以把文件拖到本窗口</source>
        <translation>You can also drop files on this window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="168" />
        <source>附件：</source>
        <translation>Attachments:</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="215" />
        <source>复学日期</source>
        <translation>Return date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="216" />
        <source>复学学校</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="226" />
        <source>年级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="229" />
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="230" />
        <source>安置方式</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="231" />
        <source>学籍处理</source>
        <translation>Enrolment record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="232" />
        <source>恢复学籍</source>
        <translation>Restore record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="232" />
        <source>转入</source>
        <translation>Transfer in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="232" />
        <source>新建学籍</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="233" />
        <source>帮扶措施</source>
        <translation>Help given</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="98" />
        <source>查找学生：姓名、拼音、首字母、身份证号或学籍号（Ctrl+F 或 /）</source>
        <translation>Find a student: name, pinyin, initials, ID or student number (Ctrl+F or /)</translation>
    </message>
</context>
<context>
    <name>ServiceReceiptDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="169" />
        <source>送达的文书</source>
        <translation>Document served</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="170" />
        <source>（未关联）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="173" />
        <source>文书名称</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="174" />
        <source>文书编号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="175" />
        <source>受送达人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="176" />
        <source>送达地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="177" />
        <source>送达时间</source>
        <translation>Served at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="178" />
        <source>送达方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="179" />
        <source>受送达人已签收</source>
        <translation>Recipient signed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="180" />
        <source>送达人</source>
        <translation>Served by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="181" />
        <source>见证人（留置送达必填）</source>
        <translation>Witness (required when left)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="25" />
        <source>工作周期设置</source>
        <translation>Work cadences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="32" />
        <source> 天</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="12" />
        <source>疑似辍学</source>
        <translation>Suspected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="13" />
        <source>已确认辍学</source>
        <translation>Dropout confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="14" />
        <source>劝返中</source>
        <translation>Persuading</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="15" />
        <source>已复学</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="16" />
        <source>跟踪巩固</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="17" />
        <source>延缓入学/休学</source>
        <translation>Deferred / suspended</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="18" />
        <source>送教上门</source>
        <translation>Home teaching</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="19" />
        <source>跨省转出待回执</source>
        <translation>Transferred, awaiting receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20" />
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="21" />
        <source>确认辍学</source>
        <translation>Confirm dropout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22" />
        <source>核实在读销号</source>
        <translation>Close: verified enrolled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23" />
        <source>启动劝返</source>
        <translation>Start persuasion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="24" />
        <source>登记复学</source>
        <translation>Register return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="25" />
        <source>转入跟踪巩固</source>
        <translation>Start monitoring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="26" />
        <source>巩固期满销号</source>
        <translation>Close: monitoring done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="27" />
        <source>反弹（再次辍学）</source>
        <translation>Relapse (dropped out again)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="28" />
        <source>批准延缓入学/休学</source>
        <translation>Approve deferral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="29" />
        <source>延续延缓/休学</source>
        <translation>Renew deferral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="30" />
        <source>延缓期满未复学</source>
        <translation>Deferral ended, not returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31" />
        <source>认定拒不返校特殊情形</source>
        <translation>Confirm refusal exception</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="32" />
        <source>转为送教上门</source>
        <translation>Switch to home teaching</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="33" />
        <source>跨省转出告知</source>
        <translation>Cross-province transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="34" />
        <source>收到回执销号</source>
        <translation>Close: receipt received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35" />
        <source>恢复劝返</source>
        <translation>Resume persuasion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="36" />
        <source>其他原因销号</source>
        <translation>Close: other reason</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="279" />
        <source>资助类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="280" />
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="281" />
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="282" />
        <source>如 2026年春季学期</source>
        <translation>e.g. spring term 2026</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="283" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="30" />
        <source>未保存的草稿（上次未完成的录入）</source>
        <translation>Unsaved drafts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="31" />
        <source>走访到期或逾期</source>
        <translation>Visits due or overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="32" />
        <source>复学学生跟踪巩固</source>
        <translation>Returned students in monitoring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="33" />
        <source>延缓/休学即将到期</source>
        <translation>Deferrals expiring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="34" />
        <source>法律文书期限</source>
        <translation>Legal deadlines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="35" />
        <source>开学专项行动清单</source>
        <translation>Term-start campaign checklist</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="57" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="61" />
        <source>学生（案件编号）</source>
        <translation>Student (case no.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="61" />
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="61" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="116" />
        <source>工作台</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="118" />
        <source>正在汇总待办事项…</source>
        <translation>Collecting what needs doing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="133" />
        <source>待办事项汇总失败：</source>
        <translation>Could not collect the tasks: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="154" />
        <source>（本月为专项行动月）</source>
        <translation> (campaign month)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="162" />
        <source>点击继续录入</source>
        <translation>Click to continue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="184" />
        <source>待办 %1 项，其中逾期 %2 项。双击或按回车打开案件。</source>
        <translation>%1 items, %2 overdue. Double-click or press Enter to open a case.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="58" />
        <source>快捷键一览</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/ui/attachments.py" line="32" />
        <source>选择照片或扫描件</source>
        <translation>Choose photos or scans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="309" />
        <source>尚未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="310" />
        <source>录入的内容还没有保存。

保留为草稿（下次打开时恢复）、放弃，还是继续编辑？</source>
        <translation>What you typed is not saved.

Keep it as a draft (restored next time), discard it, or continue editing?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="313" />
        <source>保留草稿</source>
        <translation>Keep draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="314" />
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="315" />
        <source>继续编辑</source>
        <translation>Continue editing</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/ui/drafts_ui.py" line="62" />
        <source>草稿</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafts_ui.py" line="62" />
        <source>没有未保存的草稿。</source>
        <translation>No unsaved drafts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafts_ui.py" line="65" />
        <source>未保存的草稿</source>
        <translation>Unsaved drafts</translation>
    </message>
</context>
</TS>