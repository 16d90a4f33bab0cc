<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="67"/>
        <source>办理日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="77"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="85"/>
        <source>审批人（县级账户）</source>
        <translation>Approver (county account)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="88"/>
        <source>请选择县级审批人</source>
        <translation>Choose the county approver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="88"/>
        <source>本机没有县级账户</source>
        <translation>No county account on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="94"/>
        <source>延缓/休学截止日期</source>
        <translation>Deferral / suspension until</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="99"/>
        <source>销号原因</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="107"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="109"/>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="117"/>
        <source>{0} {1}：{2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="138"/>
        <source>经相关部门联合劝返三次以上或经司法判决裁定，监护人已履行法定义务但学生仍拒不返校的，经县级领导小组核实同意后认定。认定后劝返工作继续进行。</source>
        <translation>After three or more joint persuasions by several departments, or a court judgment, where the guardian has met the legal duty but the student still refuses, the county leading group may confirm this exception. Persuasion continues afterwards.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="142"/>
        <source>销号需要佐证材料和审批人。附件可在下方添加，作为佐证一并保存。</source>
        <translation>Closing a case needs evidence and an approver. Files added below are saved as evidence too.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="20"/>
        <source>新建学生…</source>
        <translation>New student…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="21"/>
        <source>为当前学生建案…</source>
        <translation>Open a case for this student…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="22"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="23"/>
        <source>打开选中案件</source>
        <translation>Open selected case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="24"/>
        <source>记录走访/联系…</source>
        <translation>Record visit / contact…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="25"/>
        <source>记录联合劝返…</source>
        <translation>Record joint persuasion…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="26"/>
        <source>编辑一人一案…</source>
        <translation>Edit case plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="27"/>
        <source>记录法律程序…</source>
        <translation>Record legal step…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="28"/>
        <source>登记送达回证…</source>
        <translation>Record proof of service…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="29"/>
        <source>复学登记…</source>
        <translation>Register return…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="30"/>
        <source>跟踪回访…</source>
        <translation>Follow-up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="31"/>
        <source>资助帮扶…</source>
        <translation>Support…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="32"/>
        <source>延缓/休学申请…</source>
        <translation>Deferral application…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="33"/>
        <source>残疾评估意见…</source>
        <translation>Disability assessment…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="34"/>
        <source>送教上门记录…</source>
        <translation>Home-teaching session…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="35"/>
        <source>告知函/回执…</source>
        <translation>Notice / receipt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="36"/>
        <source>添加附件（照片/扫描件）…</source>
        <translation>Attach photo or scan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="37"/>
        <source>撤销刚才登记的记录</source>
        <translation>Undo the record just entered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="38"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="39"/>
        <source>工作周期设置…</source>
        <translation>Work cadences…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="40"/>
        <source>未保存的草稿…</source>
        <translation>Unsaved drafts…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="41"/>
        <source>使用指南</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="42"/>
        <source>快捷键一览</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="43"/>
        <location filename="../../desktop/ui/actions.py" line="140"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="85"/>
        <source>请选择案件</source>
        <translation>Select a case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="86"/>
        <source>请先在台账中选中或打开一个案件。</source>
        <translation>First select or open a case in a ledger.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="110"/>
        <source>请选择学生</source>
        <translation>Choose a student</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="112"/>
        <source>请先打开一名学生（在“适龄儿童”中查找），再为其建案。</source>
        <translation>First open a student (find them under &quot;School-age children&quot;), then open a case.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="141"/>
        <source>控辍保学工作台</source>
        <translation>Keeping Children in School</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="144"/>
        <source>离线优先的控辍保学工作软件。演示数据均为虚构。</source>
        <translation>Offline-first software for dropout prevention work. Demo data is fictitious.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="190"/>
        <location filename="../../desktop/ui/actions.py" line="203"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="204"/>
        <source>界面语言将在重新启动程序后生效。</source>
        <translation>The interface language changes when the program is restarted.</translation>
    </message>
</context>
<context>
    <name>AreaDialog</name>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="158"/>
        <source>台账与统计表</source>
        <translation>Ledgers and statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="164"/>
        <source>yyyy年M月</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="165"/>
        <source>空白表</source>
        <translation>Blank form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="167"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="168"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="169"/>
        <source>统计月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="171"/>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="171"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AreaPicker</name>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="122"/>
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="137"/>
        <source>全部村</source>
        <translation>All villages</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="353"/>
        <source>残疾类别</source>
        <translation>Disability category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="355"/>
        <source>残疾等级</source>
        <translation>Disability grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="356"/>
        <source>残疾证号</source>
        <translation>Disability certificate no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="357"/>
        <source>评估结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="359"/>
        <source>安置建议</source>
        <translation>Placement advice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="361"/>
        <source>评估专家</source>
        <translation>Assessors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="362"/>
        <source>监护人同意</source>
        <translation>Guardian consents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="363"/>
        <source>建议延缓入学/休学</source>
        <translation>Recommends deferral/suspension</translation>
    </message>
</context>
<context>
    <name>AtRiskPage</name>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="47"/>
        <source>重点关注学生</source>
        <translation>Students needing attention</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="51"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="56"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="65"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="66"/>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="67"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="68"/>
        <source>关注原因</source>
        <translation>Reason for attention</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="69"/>
        <source>帮扶计划</source>
        <translation>Support plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="70"/>
        <source>下次复查</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="80"/>
        <source>登记学有困难/心理问题…</source>
        <translation>Record learning difficulty / psychological problem…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="82"/>
        <source>制定/修改帮扶计划…</source>
        <translation>Make/edit support plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="84"/>
        <source>帮扶复查…</source>
        <translation>Support review…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="112"/>
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="114"/>
        <source>本校</source>
        <translation>This school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="114"/>
        <source>本乡镇</source>
        <translation>This township</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="150"/>
        <source>{0}：{1}，{2}</source>
        <translation>{0}: {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="154"/>
        <source>未制定</source>
        <translation>Not made</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="173"/>
        <source>共 %1 名学生需要重点关注，其中 %2 名已有帮扶计划。每名学生列出关注原因。</source>
        <translation>%1 students need attention, %2 of them have a support plan. Each is listed with the reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="218"/>
        <source>该学生还没有帮扶计划，请先制定</source>
        <translation>This student has no support plan yet; make one first</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../desktop/ui/attachments.py" line="32"/>
        <source>选择照片或扫描件</source>
        <translation>Choose photos or scans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attachments.py" line="34"/>
        <source>图片或PDF (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pdf);;所有文件 (*)</source>
        <translation>Images or PDF (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attachments.py" line="46"/>
        <source>找不到文件：{0}</source>
        <translation>File not found: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attachments.py" line="50"/>
        <source>文件太大（超过20MB）：{0}</source>
        <translation>File too large (over 20 MB): {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attachments.py" line="58"/>
        <source>无法读取图片：{0}（{1}）</source>
        <translation>Cannot read the image: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attachments.py" line="132"/>
        <source>附件内容不在本机（可能尚未同步）</source>
        <translation>The attachment&apos;s content is not on this computer (perhaps not synced yet)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="253"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="254"/>
        <source>数据修改</source>
        <translation>Data changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="255"/>
        <source>打印、导出、登录等</source>
        <translation>Printing, exports, sign-ins etc.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="256"/>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="258"/>
        <source>导出CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="265"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="267"/>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="269"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="271"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="282"/>
        <source>审计记录</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="330"/>
        <source>（只显示最新的%1条）</source>
        <translation>(only the latest %1 shown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="334"/>
        <source>共 %1 条</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="340"/>
        <source>审计记录-{0:%Y%m%d}.csv</source>
        <translation>audit-log-{0:%Y%m%d}.csv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="344"/>
        <source>导出审计记录</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="352"/>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="352"/>
        <source>已导出 %1 条记录</source>
        <translation>Exported %1 records</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/ui/security/backups.py" line="30"/>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/backups.py" line="31"/>
        <source>已从备份恢复。程序现在关闭，请重新打开。</source>
        <translation>Restored from backup. The program closes now; please open it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/backups.py" line="159"/>
        <source>数据库有损坏</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/backups.py" line="162"/>
        <source>请尽快在“文件 → 备份与恢复”中从备份恢复。</source>
        <translation>Restore from a backup soon under &quot;File → Backup and restore&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/backups.py" line="168"/>
        <source>已自动备份：%1</source>
        <translation>Backed up automatically: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/ui/security/backups.py" line="42"/>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/backups.py" line="48"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/backups.py" line="49"/>
        <source>检查数据库</source>
        <translation>Check database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/backups.py" line="50"/>
        <source>从所选备份恢复…</source>
        <translation>Restore from the selected backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/backups.py" line="61"/>
        <source>备份目录：%1</source>
        <translation>Backup folder: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/backups.py" line="73"/>
        <source>已加密</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/backups.py" line="73"/>
        <source>未加密</source>
        <translation>Not encrypted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/backups.py" line="88"/>
        <source>已备份：%1</source>
        <translation>Backed up: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/backups.py" line="93"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/backups.py" line="99"/>
        <source>正在检查数据库…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/backups.py" line="108"/>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/backups.py" line="110"/>
        <source>用 %1 的备份替换当前数据库？
当前数据库会先另存一份备份；恢复后程序将关闭。</source>
        <translation>Replace the current database with the backup of %1?
The current database is backed up first; the program closes after restoring.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="201"/>
        <source>批量打印</source>
        <translation>Batch printing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="210"/>
        <source>只打印台账中选中的{0}个案件</source>
        <translation>Print only the {0} cases selected in the ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="213"/>
        <source>空白表（不编号）</source>
        <translation>Blank form (not numbered)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="214"/>
        <source>双面打印（每份文书补足偶数页，下一份从新的一张纸开始）</source>
        <translation>Double-sided (each document padded to an even page count, the next one starts on a new sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="216"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="217"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="218"/>
        <source>案件状态</source>
        <translation>Case state</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="224"/>
        <source>正式出具的每份文书都编号存档；生成过程中可以取消，已出具的文书保留，可在“已出具文书”中重印。</source>
        <translation>Every document issued is numbered and archived; producing can be cancelled, documents already issued are kept and can be reprinted from &quot;Issued documents&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="229"/>
        <source>生成</source>
        <translation>Produce</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="229"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BatchRendered</name>
    <message>
        <location filename="../../desktop/ui/printing.py" line="470"/>
        <source>共{0}份</source>
        <translation>{0} copies</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="275"/>
        <source>（特殊情形）</source>
        <translation> (special case)</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="97"/>
        <source>为该学生建案…</source>
        <translation>Open a case…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="99"/>
        <source>修改学生信息…</source>
        <translation>Correct the student&apos;s record…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="101"/>
        <source>更正姓名、身份证号、住址、学校、监护人电话等（留有修改记录）</source>
        <translation>Correct the name, ID number, address, school, guardian&apos;s phone… (every change is recorded)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="125"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="125"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="125"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="125"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="147"/>
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="54"/>
        <location filename="../../desktop/ui/case_view.py" line="148"/>
        <location filename="../../desktop/ui/labels.py" line="52"/>
        <source>一人一案</source>
        <translation>Case plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="149"/>
        <source>案件信息</source>
        <translation>Case details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="155"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="160"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="168"/>
        <source>办理（状态变更）</source>
        <translation>Actions (state changes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="171"/>
        <source>更多</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="230"/>
        <source>&#x3000;{0}</source>
        <translation>&#x3000;{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="242"/>
        <source>（尚未建案）</source>
        <translation>(no case yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="251"/>
        <source>·拒不返校特殊情形</source>
        <translation> · special case: refuses to return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="254"/>
        <source>【{0}】</source>
        <translation>[{0}]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="266"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="267"/>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="269"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="272"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="273"/>
        <source>学籍号</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="275"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="279"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="282"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="283"/>
        <source>户籍地址</source>
        <translation>Household address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="284"/>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="286"/>
        <source>年级班级</source>
        <translation>Grade and class</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="301"/>
        <source>残疾</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="318"/>
        <source>&lt;p&gt;&lt;b&gt;标识&lt;/b&gt;&lt;br&gt;{0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Flags&lt;/b&gt;&lt;br&gt;{0}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="321"/>
        <source>&lt;p&gt;&lt;b&gt;监护人&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Guardians&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="324"/>
        <source>&lt;p&gt;{0}（{1}）{2}&lt;br&gt;{3}{4}&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} ({1}) {2}&lt;br&gt;{3}{4}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="327"/>
        <source>·主要</source>
        <translation> · main</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="334"/>
        <source>&lt;p style=&apos;color:#b3261e&apos;&gt;未登记监护人&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b3261e&apos;&gt;No guardian registered&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="342"/>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="344"/>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="349"/>
        <source>一人一案劝返时限</source>
        <translation>Individual plan deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="350"/>
        <source>%1（已过 %2 天，学生仍未复学）</source>
        <translation>%1 (passed %2 days ago, the student is still not back)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="356"/>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="357"/>
        <source>辍学日期</source>
        <translation>Dropped out on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="359"/>
        <source>辍学时学校</source>
        <translation>School at dropout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="363"/>
        <source>辍学原因</source>
        <translation>Causes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="367"/>
        <source>去向</source>
        <translation>Whereabouts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="373"/>
        <source>行政线责任人</source>
        <translation>Responsible (administration)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="379"/>
        <source>教育线责任人</source>
        <translation>Responsible (education)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="383"/>
        <source>劝返次数</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="384"/>
        <source>{0}（其中联合劝返 {1}）</source>
        <translation>{0} (of which joint persuasions {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="388"/>
        <source>上次联系</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="389"/>
        <location filename="../../desktop/ui/case_view.py" line="400"/>
        <source>下次走访</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="390"/>
        <source>跟踪巩固至</source>
        <translation>Followed up until</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="391"/>
        <source>延缓/休学至</source>
        <translation>Deferred/suspended until</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="392"/>
        <source>法律文书期限</source>
        <translation>Legal deadlines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="408"/>
        <source>&lt;p style=&apos;color:#b3261e&apos;&gt;同步后状态有冲突，待县级复核&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b3261e&apos;&gt;The state conflicts after sync; awaiting county review&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="429"/>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="431"/>
        <source>双击打开</source>
        <translation>Double-click to open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="478"/>
        <source>&lt;p style=&apos;color:#b3261e&apos;&gt;尚未制定“一人一案”工作方案。确认辍学后须先制定方案，才能记录劝返工作。点击右侧“一人一案”按钮（Ctrl+Shift+P）制定。&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b3261e&apos;&gt;No individual plan (一人一案) yet. A plan must be made once dropout is confirmed before persuasion work can be recorded. Click &quot;Individual plan&quot; on the right (Ctrl+Shift+P).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="485"/>
        <source>家庭情况</source>
        <translation>Family situation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="486"/>
        <source>辍学原因分析</source>
        <translation>Cause analysis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="487"/>
        <source>劝返措施</source>
        <translation>Persuasion measures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="488"/>
        <source>劝返时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="490"/>
        <source>复学安置方案</source>
        <translation>Placement plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="492"/>
        <source>制定人</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="500"/>
        <source>劝返时限 %1 已过 %2 天，学生仍未复学：请调整方案或采取下一步措施。</source>
        <translation>The persuasion deadline %1 passed %2 days ago and the student is still not back: adjust the plan or take the next step.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="524"/>
        <source>没有可办理的状态变更</source>
        <translation>No state change available</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="52"/>
        <location filename="../../desktop/ui/labels.py" line="50"/>
        <source>记录走访/联系</source>
        <translation>Record visit / contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="53"/>
        <location filename="../../desktop/ui/labels.py" line="51"/>
        <source>联合劝返</source>
        <translation>Joint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="55"/>
        <location filename="../../desktop/ui/labels.py" line="53"/>
        <source>法律程序</source>
        <translation>Legal step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="56"/>
        <location filename="../../desktop/ui/labels.py" line="54"/>
        <source>送达回证</source>
        <translation>Proof of service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="57"/>
        <location filename="../../desktop/ui/labels.py" line="55"/>
        <source>复学登记</source>
        <translation>Return to school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="58"/>
        <location filename="../../desktop/ui/labels.py" line="56"/>
        <source>跟踪回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="59"/>
        <location filename="../../desktop/ui/case_view.py" line="489"/>
        <location filename="../../desktop/ui/labels.py" line="57"/>
        <source>资助帮扶</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="60"/>
        <location filename="../../desktop/ui/labels.py" line="58"/>
        <source>延缓/休学申请</source>
        <translation>Deferral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="61"/>
        <location filename="../../desktop/ui/labels.py" line="59"/>
        <source>残疾评估</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="62"/>
        <location filename="../../desktop/ui/labels.py" line="60"/>
        <source>送教上门</source>
        <translation>Home teaching</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="63"/>
        <location filename="../../desktop/ui/labels.py" line="61"/>
        <source>告知函/回执</source>
        <translation>Notice / receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_view.py" line="64"/>
        <location filename="../../desktop/ui/labels.py" line="62"/>
        <source>添加附件</source>
        <translation>Attach file</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="249"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="252"/>
        <source>管理员为您设置了初始密码，请先改成只有您知道的密码。</source>
        <translation>The administrator set an initial password for you; first change it to one only you know.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="256"/>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="257"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="258"/>
        <source>再次输入</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="262"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="40"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="42"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="46"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="63"/>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="68"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="72"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="77"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="80"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="83"/>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="87"/>
        <source>年级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="91"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="95"/>
        <source>标识</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="99"/>
        <source>监护人姓名</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="103"/>
        <source>与学生关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="107"/>
        <source>监护人电话</source>
        <translation>Guardian&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="119"/>
        <source>（未入学）</source>
        <translation>(not enrolled)</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="61"/>
        <source>开始比对</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="63"/>
        <source>导出Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="66"/>
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="70"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="77"/>
        <source>基准日期：</source>
        <translation>Reference date:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="81"/>
        <source>类别：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="83"/>
        <source>处理情况：</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="87"/>
        <source>还没有比对结果。先在“数据”菜单导入户籍、防返贫监测或适龄儿童名单，再点“开始比对”。</source>
        <translation>No comparison results yet. First import household, poverty-monitoring or school-age lists from the &quot;Data&quot; menu, then click &quot;Compare&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="104"/>
        <source>为选中人员建立疑似辍学案件</source>
        <translation>Open suspected-dropout cases for the selected people</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="108"/>
        <source>排除选中人员…</source>
        <translation>Exclude the selected people…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="114"/>
        <source>勾选要处理的人员；双击已建案件的人员可打开案件。</source>
        <translation>Tick the people to act on; double-click someone with a case to open it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="140"/>
        <source>参与比对的名单（各类最近一次导入）：</source>
        <translation>Lists compared (latest import of each kind):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="141"/>
        <location filename="../../desktop/ui/intake_compare.py" line="190"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="142"/>
        <source>{0} {1}（{2}）</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="150"/>
        <source>尚未导入户籍、防返贫监测或适龄儿童名单。</source>
        <translation>No household, poverty-monitoring or school-age list imported yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="158"/>
        <source>最近一次比对：{0}，基准日期 {1}</source>
        <translation>Last comparison: {0}, reference date {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="174"/>
        <source>正在比对名单…</source>
        <translation>Comparing the lists…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="189"/>
        <source>参与比对的名单：</source>
        <translation>Lists compared:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="265"/>
        <location filename="../../desktop/ui/intake_compare.py" line="290"/>
        <location filename="../../desktop/ui/intake_compare.py" line="305"/>
        <location filename="../../desktop/ui/intake_compare.py" line="327"/>
        <source>数据比对</source>
        <translation>Data comparison</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="266"/>
        <source>请先勾选要建立案件的人员</source>
        <translation>First tick the people to open cases for</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="271"/>
        <source>建立疑似辍学案件</source>
        <translation>Open a suspected-dropout case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="272"/>
        <source>将为选中的 {0} 人建立疑似辍学案件（系统中没有的学生会一并建档），并列入疑似辍学台账等待核实。是否继续？</source>
        <translation>Suspected-dropout cases will be opened for the {0} selected people (students not yet in the system are registered too) and listed in the suspected-dropout ledger for checking. Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="281"/>
        <source>正在建立案件</source>
        <translation>Opening cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="295"/>
        <source>正在建立案件…</source>
        <translation>Opening cases…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="306"/>
        <source>请先勾选要排除的人员</source>
        <translation>First tick the people to exclude</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="311"/>
        <source>排除</source>
        <translation>Exclude</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="312"/>
        <source>排除选中的 {0} 人的原因（如：核实在外地就读）：</source>
        <translation>Why the {0} selected people are excluded (e.g. verified as studying elsewhere):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="328"/>
        <source>还没有比对结果</source>
        <translation>No comparison results yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="333"/>
        <source>导出比对结果</source>
        <translation>Export comparison results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="334"/>
        <source>数据比对结果.xlsx</source>
        <translation>comparison-results.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="335"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="350"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="351"/>
        <source>已导出 {0} 人到
{1}</source>
        <translation>Exported {0} people to
{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="356"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="98"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="100"/>
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="102"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="103"/>
        <source>参与人员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="104"/>
        <source>姓名（单位），多人用顿号分隔</source>
        <translation>Name (organisation), separated by commas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="107"/>
        <source>参与部门</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="109"/>
        <source>见到的人</source>
        <translation>Person met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="111"/>
        <source>学生态度</source>
        <translation>Student&apos;s attitude</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="114"/>
        <source>监护人态度</source>
        <translation>Guardian&apos;s attitude</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="116"/>
        <source>了解情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="117"/>
        <source>劝返方式</source>
        <translation>Methods</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="119"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="121"/>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="122"/>
        <source>下次走访日期</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="123"/>
        <source>监护人已签字</source>
        <translation>Guardian signed</translation>
    </message>
</context>
<context>
    <name>CorrectionsUi</name>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="49"/>
        <source>打印家访记录表…</source>
        <translation>Print home visit record…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="104"/>
        <location filename="../../desktop/ui/corrections_ui.py" line="213"/>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="106"/>
        <source>改正所选记录的内容或日期（原记录保留，注明原因）</source>
        <translation>Correct the content or date of the selected record (the original is kept, with the reason)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="110"/>
        <location filename="../../desktop/ui/corrections_ui.py" line="218"/>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="112"/>
        <source>作废所选记录，例如重复登记（原记录保留，注明原因）</source>
        <translation>Void the selected record, e.g. a duplicate (the original is kept, with the reason)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="116"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="118"/>
        <source>打印所选走访的家访记录表</source>
        <translation>Print the home visit record of the selected visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="161"/>
        <source>请先在时间线上选择一条记录</source>
        <translation>First select a record on the timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="167"/>
        <source>这类记录没有可更正的内容，如有错误请作废后重新登记（或重新添加附件）</source>
        <translation>This kind of record has nothing to correct; if it is wrong, void it and record it again (or add the attachment again)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="176"/>
        <location filename="../../desktop/ui/corrections_ui.py" line="214"/>
        <location filename="../../desktop/ui/corrections_ui.py" line="272"/>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="177"/>
        <location filename="../../desktop/ui/corrections_ui.py" line="219"/>
        <location filename="../../desktop/ui/corrections_ui.py" line="244"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="246"/>
        <source>不能作废</source>
        <translation>Cannot void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="249"/>
        <source>作废这条记录：%1 %2。
原记录仍保留在时间线上（灰色划线），不再计入次数和统计。</source>
        <translation>Void this record: %1 %2.
The original stays on the timeline (greyed, struck through) and no longer counts in totals or statistics.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="258"/>
        <source>作废记录</source>
        <translation>Void record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="275"/>
        <location filename="../../desktop/ui/corrections_ui.py" line="281"/>
        <source>不能更正</source>
        <translation>Cannot correct</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="282"/>
        <source>这类记录没有可更正的内容，如有错误请作废后重新登记</source>
        <translation>This kind of record has nothing to correct; if it is wrong, void it and record it again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="301"/>
        <source>更正原因</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="303"/>
        <source>必填，例如：日期填错、见到的人写错</source>
        <translation>Required, e.g. wrong date, wrong person met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="306"/>
        <source>更正：</source>
        <translation>Correct:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="341"/>
        <location filename="../../desktop/ui/corrections_ui.py" line="455"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="354"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="355"/>
        <source>请先在时间线上选择一次走访</source>
        <translation>First select a visit on the timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="377"/>
        <source>已作废·{0}</source>
        <translation>Voided · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="381"/>
        <source>作废原因：{0}
{1}</source>
        <translation>Voided because: {0}
{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="388"/>
        <source>已更正·{0}</source>
        <translation>Corrected · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="392"/>
        <source>更正·{0}</source>
        <translation>Correction · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="396"/>
        <source>更正原因：{0}
{1}</source>
        <translation>Corrected because: {0}
{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="415"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&#x3000;{1}&#x3000;&lt;span style=&apos;color:#666&apos;&gt;{2} 录入于 {3}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&#x3000;{1}&#x3000;&lt;span style=&apos;color:#666&apos;&gt;{2}, entered {3}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="429"/>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;已作废（{0}，{1}）：{2}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;Voided ({0}, {1}): {2}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="439"/>
        <source>&lt;span style=&apos;color:#8a5a00&apos;&gt;已更正（{0}，{1}），以更正后的记录为准&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#8a5a00&apos;&gt;Corrected ({0}, {1}); the corrected record counts&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="452"/>
        <source>&lt;tr&gt;&lt;td style=&apos;color:#555; padding-right:8px&apos;&gt;附件&lt;/td&gt;&lt;td&gt;{0}&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td style=&apos;color:#555; padding-right:8px&apos;&gt;Attachments&lt;/td&gt;&lt;td&gt;{0}&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="480"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="481"/>
        <source>本次打开软件后还没有登记过记录，没有可撤销的</source>
        <translation>Nothing entered since the program was opened: nothing to undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="491"/>
        <source>不能撤销</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="495"/>
        <source>已撤销：%1 %2（记录保留，标为作废，原因“%3”）</source>
        <translation>Undone: %1 %2 (the record is kept, marked void, reason &quot;%3&quot;)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="516"/>
        <source>可能重复</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="534"/>
        <source>一分钟内刚保存过一条内容完全相同的%1（同一天）。

确实要再登记一条吗？（如果只是重复点击了保存，请选“否”）</source>
        <translation>An identical %1 was saved less than a minute ago (same day).

Record another one? (If you only clicked Save twice, choose &quot;No&quot;.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="541"/>
        <source>没有保存：与刚才保存的记录相同。如需修改刚才的记录，请在时间线上选择它并“更正”</source>
        <translation>Not saved: the same as the record just saved. To change that record, select it on the timeline and &quot;Correct&quot; it</translation>
    </message>
</context>
<context>
    <name>CountyPlan</name>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="87"/>
        <source> 学年起</source>
        <translation> (school year from)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="185"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="61"/>
        <location filename="../../desktop/ui/county_plan_ui.py" line="202"/>
        <source>一县一案</source>
        <translation>County plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="57"/>
        <source>一县一案与挂牌督战</source>
        <translation>County plan and priority regions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="40"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="216"/>
        <source>乡镇 / 村</source>
        <translation>Township / village</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="116"/>
        <source>保存工作方案</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="244"/>
        <source>保存挂牌督战地区</source>
        <translation>Save priority regions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="66"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="236"/>
        <source>勾选县里挂牌督战的乡镇或村（教基〔2020〕5号 二.1）。各台账可按“挂牌督战”筛选，报表列出挂牌督战地区。</source>
        <translation>Tick the townships or villages the county watches closely (教基〔2020〕5号 II.1). Every ledger can be filtered by them and the reports list them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="217"/>
        <source>区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="71"/>
        <source>只读：只有县级管理员可以修改。</source>
        <translation>Read-only: only a county administrator can change this.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="46"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="90"/>
        <source>学年：</source>
        <translation>School year:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="45"/>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="203"/>
        <source>已保存{0}的工作方案。</source>
        <translation>The plan for {0} is saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="290"/>
        <source>已保存挂牌督战地区。</source>
        <translation>The priority regions are saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="64"/>
        <location filename="../../desktop/ui/county_plan_ui.py" line="289"/>
        <source>挂牌督战地区</source>
        <translation>Priority regions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="108"/>
        <source>每个乡镇填写目标劝返率或目标劝返人数（至少一项）、责任人和完成时限（如 2027-06-30，须在该学年内）；整行留空的乡镇不列入工作方案。督导报告按此衡量各乡镇的完成情况。</source>
        <translation>For each township enter a target return rate or number of returns (at least one), the person responsible and the deadline (e.g. 2027-06-30, within the school year); a township left blank is not in the plan. The oversight report measures each township against it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="42"/>
        <source>目标劝返人数</source>
        <translation>Target returns</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="41"/>
        <source>目标劝返率(%)</source>
        <translation>Target return rate (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="44"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_plan_ui.py" line="43"/>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
</context>
<context>
    <name>CountyScreens</name>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="151"/>
        <source>{0} 个案件的 {1} 条记录不符合现行规则。请在案件页更正或作废这些记录。</source>
        <translation>{1} records of {0} cases break today&apos;s rules. Correct or void them on the case page.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="56"/>
        <source>一县一案与挂牌督战…</source>
        <translation>County plan and priority regions…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="287"/>
        <source>保存督导报告</source>
        <translation>Save oversight report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="149"/>
        <source>全部案件的记录均符合现行规则。</source>
        <translation>Every case&apos;s records follow today&apos;s rules.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="192"/>
        <location filename="../../desktop/ui/county_screens.py" line="262"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="52"/>
        <source>列出不符合现行规则的案件记录</source>
        <translation>List case records that break today&apos;s rules</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="57"/>
        <source>各乡镇的目标、责任人、完成时限；挂牌督战地区</source>
        <translation>Targets, responsible people and deadlines per township; priority regions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="260"/>
        <source>导出Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="261"/>
        <source>导出PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="306"/>
        <source>已保存：{0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="232"/>
        <source>截至{0}（{1}）：在办案件 {2}，逾期未走访 {3}，无一人一案 {4}，方案逾期 {5}。目标与责任人取自一县一案。</source>
        <translation>As of {0} ({1}): open cases {2}, visits overdue {3}, without a case plan {4}, plans past their deadline {5}. Targets and responsible people come from the county plan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="195"/>
        <source>打开案件</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="289"/>
        <source>报表 (*{0})</source>
        <translation>Report (*{0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="64"/>
        <source>按乡镇、按包保责任人：逾期未走访、无一人一案、方案逾期</source>
        <translation>Per township and per responsible person: visits overdue, no case plan, plans past their deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="161"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="160"/>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="310"/>
        <source>正在写入文件…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="91"/>
        <source>正在按现行规则检查全部案件…</source>
        <translation>Checking every case against today&apos;s rules…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="115"/>
        <source>正在统计督导情况…</source>
        <translation>Counting the oversight figures…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="229"/>
        <location filename="../../desktop/ui/county_screens.py" line="282"/>
        <location filename="../../desktop/ui/county_screens.py" line="305"/>
        <source>督导报告</source>
        <translation>Oversight report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="63"/>
        <source>督导报告…</source>
        <translation>Oversight report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="164"/>
        <source>规则代码</source>
        <translation>Rule code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="146"/>
        <source>规则检查</source>
        <translation>Rule check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="51"/>
        <source>规则检查…</source>
        <translation>Rule check…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="162"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/county_screens.py" line="163"/>
        <source>违反的规则</source>
        <translation>Rule broken</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="46"/>
        <source>期初</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="47"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="48"/>
        <source>复学</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="49"/>
        <source>转学核实</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="50"/>
        <source>延缓/休学</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="51"/>
        <source>送教上门</source>
        <translation>Home ed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="52"/>
        <source>超龄/其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="53"/>
        <source>期末</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="97"/>
        <source>{0}年{1}月</source>
        <translation>{1}/{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="133"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="140"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="149"/>
        <source>统计时段：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="153"/>
        <source>在册辍学（期末）</source>
        <translation>Registered dropouts (end of period)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="154"/>
        <source>本期新增辍学</source>
        <translation>New dropouts this period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="155"/>
        <source>本期劝返复学</source>
        <translation>Returned to school this period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="157"/>
        <source>劝返率（本期）</source>
        <translation>Return rate (this period)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="159"/>
        <source>辍学率（本学年）</source>
        <translation>Dropout rate (this school year)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="160"/>
        <source>疑似辍学待核实</source>
        <translation>Suspected dropout, to be checked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="166"/>
        <source>本期进出台账情况</source>
        <translation>In and out of the ledger this period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="169"/>
        <source>近12个月：月末在册辍学人数</source>
        <translation>Last 12 months: registered dropouts at month end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="172"/>
        <source>在册辍学人数（按乡镇）</source>
        <translation>Registered dropouts (by township)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="175"/>
        <source>在册辍学原因（一案多因）</source>
        <translation>Causes of registered dropouts (several per case)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="178"/>
        <source>点击乡镇的条形，打开该乡镇的辍学台账</source>
        <translation>Click a township&apos;s bar to open its dropout ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="229"/>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="237"/>
        <source>{0}控辍保学统计看板&#x3000;{1}</source>
        <translation>{0} dropout prevention dashboard — {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="243"/>
        <source>期初 {0}</source>
        <translation>At start {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="248"/>
        <source>另送教上门 {0}，延缓/休学 {1}</source>
        <translation>Also home teaching {0}, deferred/suspended {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="255"/>
        <source>{0}；本学年 {1}</source>
        <translation>{0}; this school year {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="275"/>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="303"/>
        <source>月末在册辍学</source>
        <translation>Registered dropouts at month end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="309"/>
        <source>当月复学</source>
        <translation>Returned this month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="326"/>
        <source>近12个月（{0}—{1}）：月末在册辍学人数</source>
        <translation>Last 12 months ({0} to {1}): dropouts on the register at month end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="353"/>
        <source>在册辍学</source>
        <translation>Registered dropouts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="370"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="392"/>
        <source>一案多因：一名学生可有几个辍学原因，各原因人数相加（%1）多于在册辍学人数（%2）。</source>
        <translation>Several causes per case: a student may have several causes, so the causes add up to %1, more than the %2 registered dropouts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_dashboard.py" line="402"/>
        <source>其他原因</source>
        <translation>Other reason</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/form_widgets.py" line="108"/>
        <source>未填（如 2026-12-17）</source>
        <translation>Empty (e.g. 2026-12-17)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form_widgets.py" line="112"/>
        <source>从日历选择</source>
        <translation>Pick from the calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form_widgets.py" line="144"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form_widgets.py" line="147"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form_widgets.py" line="150"/>
        <source>请填写%1（如 2026-12-17）</source>
        <translation>Please fill in %1 (e.g. 2026-12-17)</translation>
    </message>
</context>
<context>
    <name>DeferralDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="317"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="318"/>
        <source>休学</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="318"/>
        <source>延缓入学</source>
        <translation>Deferred entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="320"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="321"/>
        <source>开始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="323"/>
        <source>截止日期</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="325"/>
        <source>证明单位/材料</source>
        <translation>Proof</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="330"/>
        <source>审批人（县级账户）</source>
        <translation>Approver (county account)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="331"/>
        <source>（申请，尚未审批）</source>
        <translation>(applied for, not yet approved)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="333"/>
        <source>拒不返校特殊情形</source>
        <translation>Refusal exception</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="94"/>
        <source>记录走访/联系</source>
        <translation>Record visit / contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="146"/>
        <source>记录联合劝返（多部门）</source>
        <translation>Record joint persuasion (several departments)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="152"/>
        <source>记录法律程序</source>
        <translation>Record legal step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="182"/>
        <source>登记送达回证</source>
        <translation>Record proof of service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="228"/>
        <source>复学登记</source>
        <translation>Return to school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="265"/>
        <source>跟踪回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="292"/>
        <source>资助帮扶</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="312"/>
        <source>延缓入学/休学申请</source>
        <translation>Deferral / suspension application</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="349"/>
        <source>残疾儿童入学评估意见（保密）</source>
        <translation>Disability assessment (confidential)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="380"/>
        <source>送教上门记录</source>
        <translation>Home-teaching session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="404"/>
        <source>告知函/回执</source>
        <translation>Notice / receipt</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="12"/>
        <source>学习困难</source>
        <translation>Learning difficulties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="13"/>
        <source>学习困难—厌学</source>
        <translation>Learning difficulties—dislikes school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="14"/>
        <source>学习困难—跟不上进度</source>
        <translation>Learning difficulties—falling behind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="15"/>
        <source>外出打工</source>
        <translation>Left to work</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="16"/>
        <source>早婚早育</source>
        <translation>Early marriage or childbirth</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="17"/>
        <source>信教</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="18"/>
        <source>身体原因</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="19"/>
        <source>身体原因—残疾</source>
        <translation>Health—disability</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="20"/>
        <source>身体原因—重大疾病</source>
        <translation>Health—serious illness</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="21"/>
        <source>随迁流动</source>
        <translation>Migration with family</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="22"/>
        <source>随迁流动—跨省流动</source>
        <translation>Migration with family—to another province</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="23"/>
        <source>因疫情</source>
        <translation>Epidemic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="24"/>
        <source>非法办学替代</source>
        <translation>Unlicensed schooling instead</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="25"/>
        <source>非法办学替代—国学班/读经班/私塾</source>
        <translation>Unlicensed schooling instead—classics class or private tutor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="26"/>
        <source>家庭经济困难</source>
        <translation>Family poverty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="27"/>
        <source>上学远/上学难</source>
        <translation>School too far or hard to reach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="28"/>
        <source>家庭变故/单亲/留守</source>
        <translation>Family crisis, single parent or left behind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="29"/>
        <source>监护缺失（孤儿、事实无人抚养）</source>
        <translation>No guardian (orphan or de facto unsupported)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="30"/>
        <source>家长观念（“读书无用”）</source>
        <translation>Parents&apos; views (&quot;school is useless&quot;)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="31"/>
        <source>网瘾</source>
        <translation>Internet addiction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="32"/>
        <source>心理问题</source>
        <translation>Psychological problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="33"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="34"/>
        <source>疑似辍学</source>
        <translation>Suspected dropout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="35"/>
        <source>辍学</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="36"/>
        <source>家访</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="37"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="38"/>
        <source>视频</source>
        <translation>Video call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="39"/>
        <source>异地劝返</source>
        <translation>Persuasion elsewhere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="40"/>
        <source>联合劝返</source>
        <translation>Joint persuasion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="41"/>
        <source>感情的</source>
        <translation>Emotional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="42"/>
        <source>经济的</source>
        <translation>Economic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="43"/>
        <source>行政的</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="44"/>
        <source>法律的</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="45"/>
        <source>愿意复学</source>
        <translation>Willing to return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="46"/>
        <source>犹豫</source>
        <translation>Hesitant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="47"/>
        <source>拒绝</source>
        <translation>Refuses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="48"/>
        <source>未能联系</source>
        <translation>Could not be reached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="49"/>
        <source>同意返校</source>
        <translation>Agreed to return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="50"/>
        <source>已返校</source>
        <translation>Returned to school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="51"/>
        <source>考虑中</source>
        <translation>Considering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="52"/>
        <source>拒绝返校</source>
        <translation>Refused to return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="53"/>
        <source>未见到本人</source>
        <translation>Not met in person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="54"/>
        <source>核实在读</source>
        <translation>Verified enrolled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="55"/>
        <source>教育部门</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="56"/>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="57"/>
        <source>乡镇人民政府</source>
        <translation>Township government</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="58"/>
        <source>村（居）委会</source>
        <translation>Village (residents&apos;) committee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="59"/>
        <source>公安</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="60"/>
        <source>民政</source>
        <translation>Civil affairs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="61"/>
        <source>司法</source>
        <translation>Justice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="62"/>
        <source>人力资源社会保障</source>
        <translation>Human resources and social security</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="63"/>
        <source>乡村振兴（扶贫）</source>
        <translation>Rural revitalisation (poverty relief)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="64"/>
        <source>妇联</source>
        <translation>Women&apos;s federation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="65"/>
        <source>残联</source>
        <translation>Disabled persons&apos; federation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="66"/>
        <source>统战/宗教事务</source>
        <translation>United front / religious affairs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="67"/>
        <source>卫生健康</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="68"/>
        <source>人民法院</source>
        <translation>People&apos;s court</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="69"/>
        <source>宣传教育/批评教育</source>
        <translation>Education and warning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="70"/>
        <source>劝返复学通知书</source>
        <translation>Notice to return to school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="71"/>
        <source>限期返校/责令改正通知书</source>
        <translation>Order to return by a deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="72"/>
        <source>行政处罚事先告知书</source>
        <translation>Advance notice of penalty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="73"/>
        <source>行政处罚决定书</source>
        <translation>Penalty decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="74"/>
        <source>催告书</source>
        <translation>Demand for payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="75"/>
        <source>起诉/申请强制执行</source>
        <translation>Lawsuit / application for enforcement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="76"/>
        <source>调解</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="77"/>
        <source>判决/裁定</source>
        <translation>Judgment / ruling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="78"/>
        <source>直接送达</source>
        <translation>Served in person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="79"/>
        <source>留置送达</source>
        <translation>Left at the address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="80"/>
        <source>邮寄送达</source>
        <translation>Served by post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="81"/>
        <source>插班</source>
        <translation>Placed in an existing class</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="82"/>
        <source>单独编班</source>
        <translation>Separate class</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="83"/>
        <source>普职融合</source>
        <translation>General and vocational</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="84"/>
        <source>个别辅导</source>
        <translation>Individual tutoring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="85"/>
        <source>随班就读</source>
        <translation>Inclusive class</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="86"/>
        <source>特教班</source>
        <translation>Special education class</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="87"/>
        <source>特殊教育学校</source>
        <translation>Special education school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="88"/>
        <source>课后辅导</source>
        <translation>After-school tutoring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="89"/>
        <source>教师一对一</source>
        <translation>One-to-one with a teacher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="90"/>
        <source>同学手拉手</source>
        <translation>Peer buddy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="91"/>
        <source>心理辅导</source>
        <translation>Counselling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="92"/>
        <source>两免一补</source>
        <translation>Two exemptions, one subsidy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="93"/>
        <source>生活补助</source>
        <translation>Living allowance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="94"/>
        <source>营养改善计划</source>
        <translation>Nutrition programme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="95"/>
        <source>低保</source>
        <translation>Minimum living allowance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="96"/>
        <source>特困供养</source>
        <translation>Extreme-poverty support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="97"/>
        <source>临时救助</source>
        <translation>Temporary relief</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="98"/>
        <source>其他资助</source>
        <translation>Other support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="99"/>
        <source>建档立卡</source>
        <translation>Registered poor household</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="100"/>
        <source>残疾</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="101"/>
        <source>留守</source>
        <translation>Left behind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="102"/>
        <source>随迁</source>
        <translation>Migrant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="103"/>
        <source>孤儿</source>
        <translation>Orphan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="104"/>
        <source>防返贫监测</source>
        <translation>Poverty-relapse monitoring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="105"/>
        <source>视力残疾</source>
        <translation>Visual impairment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="106"/>
        <source>听力残疾</source>
        <translation>Hearing impairment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="107"/>
        <source>言语残疾</source>
        <translation>Speech impairment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="108"/>
        <source>肢体残疾</source>
        <translation>Physical disability</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="109"/>
        <source>智力残疾</source>
        <translation>Intellectual disability</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="110"/>
        <source>精神残疾</source>
        <translation>Mental disability</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="111"/>
        <source>多重残疾</source>
        <translation>Multiple disabilities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="112"/>
        <source>父亲</source>
        <translation>Father</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="113"/>
        <source>母亲</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="114"/>
        <source>祖父</source>
        <translation>Grandfather (paternal)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="115"/>
        <source>祖母</source>
        <translation>Grandmother (paternal)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="116"/>
        <source>外祖父</source>
        <translation>Grandfather (maternal)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="117"/>
        <source>外祖母</source>
        <translation>Grandmother (maternal)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="118"/>
        <source>兄姐</source>
        <translation>Elder sibling</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="119"/>
        <source>其他亲属</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="120"/>
        <source>其他监护人</source>
        <translation>Other guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="121"/>
        <source>在家</source>
        <translation>At home</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="122"/>
        <source>省内务工</source>
        <translation>Working in the province</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="123"/>
        <source>省外务工</source>
        <translation>Working outside the province</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="124"/>
        <source>随父母外出</source>
        <translation>Away with parents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="125"/>
        <source>已婚在家</source>
        <translation>Married, at home</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="126"/>
        <source>宗教场所</source>
        <translation>At a religious site</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="127"/>
        <source>国学班/私塾</source>
        <translation>Classics class / private tutor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="128"/>
        <source>去向不明</source>
        <translation>Whereabouts unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="129"/>
        <source>小学</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="130"/>
        <source>教学点</source>
        <translation>Teaching point</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="131"/>
        <source>初级中学</source>
        <translation>Junior secondary school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="132"/>
        <source>九年一贯制学校</source>
        <translation>Nine-year school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="133"/>
        <source>完全中学</source>
        <translation>Complete secondary school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="134"/>
        <source>六三制</source>
        <translation>6+3 system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="135"/>
        <source>五四制</source>
        <translation>5+4 system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="136"/>
        <source>在读</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="137"/>
        <source>休学</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="138"/>
        <source>延缓入学</source>
        <translation>Deferred entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="139"/>
        <source>转出</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="140"/>
        <source>毕业</source>
        <translation>Graduated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="141"/>
        <source>送教上门</source>
        <translation>Home teaching</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="142"/>
        <source>辍学学生台账</source>
        <translation>Dropout register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="143"/>
        <source>疑似辍学学生台账</source>
        <translation>Suspected dropout register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="144"/>
        <source>劝返清单</source>
        <translation>Persuasion list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="145"/>
        <source>月报/专项行动统计表</source>
        <translation>Monthly report / campaign statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="146"/>
        <source>一人一案工作方案</source>
        <translation>Case plan (一人一案)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="147"/>
        <source>家访（入户劝返）记录表</source>
        <translation>Home visit record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="148"/>
        <source>复学登记表</source>
        <translation>Return-to-school form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="149"/>
        <source>延缓入学/休学申请审批表</source>
        <translation>Deferral / suspension application form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="150"/>
        <source>残疾儿童入学评估意见表</source>
        <translation>Disabled child enrolment assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="151"/>
        <source>送教上门记录表</source>
        <translation>Home teaching record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="152"/>
        <source>学期送教计划</source>
        <translation>Term home-teaching plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="153"/>
        <source>跨省辍学学生情况告知函</source>
        <translation>Cross-province dropout notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="154"/>
        <source>一年级</source>
        <translation>Grade 1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="155"/>
        <source>二年级</source>
        <translation>Grade 2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="156"/>
        <source>三年级</source>
        <translation>Grade 3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="157"/>
        <source>四年级</source>
        <translation>Grade 4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="158"/>
        <source>五年级</source>
        <translation>Grade 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="159"/>
        <source>六年级</source>
        <translation>Grade 6</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="160"/>
        <source>七年级</source>
        <translation>Grade 7</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="161"/>
        <source>八年级</source>
        <translation>Grade 8</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="162"/>
        <source>九年级</source>
        <translation>Grade 9</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="163"/>
        <source>汉族</source>
        <translation>Han</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="164"/>
        <source>蒙古族</source>
        <translation>Mongol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="165"/>
        <source>回族</source>
        <translation>Hui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="166"/>
        <source>藏族</source>
        <translation>Tibetan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="167"/>
        <source>维吾尔族</source>
        <translation>Uyghur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="168"/>
        <source>苗族</source>
        <translation>Miao</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="169"/>
        <source>彝族</source>
        <translation>Yi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="170"/>
        <source>壮族</source>
        <translation>Zhuang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="171"/>
        <source>布依族</source>
        <translation>Bouyei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="172"/>
        <source>朝鲜族</source>
        <translation>Korean</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="173"/>
        <source>满族</source>
        <translation>Manchu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="174"/>
        <source>侗族</source>
        <translation>Dong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="175"/>
        <source>瑶族</source>
        <translation>Yao</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="176"/>
        <source>白族</source>
        <translation>Bai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="177"/>
        <source>土家族</source>
        <translation>Tujia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="178"/>
        <source>哈尼族</source>
        <translation>Hani</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="179"/>
        <source>哈萨克族</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="180"/>
        <source>傣族</source>
        <translation>Dai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="181"/>
        <source>黎族</source>
        <translation>Li</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="182"/>
        <source>傈僳族</source>
        <translation>Lisu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="183"/>
        <source>佤族</source>
        <translation>Va</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="184"/>
        <source>畲族</source>
        <translation>She</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="185"/>
        <source>高山族</source>
        <translation>Gaoshan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="186"/>
        <source>拉祜族</source>
        <translation>Lahu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="187"/>
        <source>水族</source>
        <translation>Sui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="188"/>
        <source>东乡族</source>
        <translation>Dongxiang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="189"/>
        <source>纳西族</source>
        <translation>Nakhi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="190"/>
        <source>景颇族</source>
        <translation>Jingpo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="191"/>
        <source>柯尔克孜族</source>
        <translation>Kyrgyz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="192"/>
        <source>土族</source>
        <translation>Tu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="193"/>
        <source>达斡尔族</source>
        <translation>Daur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="194"/>
        <source>仫佬族</source>
        <translation>Mulao</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="195"/>
        <source>羌族</source>
        <translation>Qiang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="196"/>
        <source>布朗族</source>
        <translation>Blang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="197"/>
        <source>撒拉族</source>
        <translation>Salar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="198"/>
        <source>毛南族</source>
        <translation>Maonan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="199"/>
        <source>仡佬族</source>
        <translation>Gelao</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="200"/>
        <source>锡伯族</source>
        <translation>Xibe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="201"/>
        <source>阿昌族</source>
        <translation>Achang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="202"/>
        <source>普米族</source>
        <translation>Pumi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="203"/>
        <source>塔吉克族</source>
        <translation>Tajik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="204"/>
        <source>怒族</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="205"/>
        <source>乌孜别克族</source>
        <translation>Uzbek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="206"/>
        <source>俄罗斯族</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="207"/>
        <source>鄂温克族</source>
        <translation>Evenki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="208"/>
        <source>德昂族</source>
        <translation>De&apos;ang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="209"/>
        <source>保安族</source>
        <translation>Bonan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="210"/>
        <source>裕固族</source>
        <translation>Yugur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="211"/>
        <source>京族</source>
        <translation>Gin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="212"/>
        <source>塔塔尔族</source>
        <translation>Tatar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="213"/>
        <source>独龙族</source>
        <translation>Derung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="214"/>
        <source>鄂伦春族</source>
        <translation>Oroqen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="215"/>
        <source>赫哲族</source>
        <translation>Hezhen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="216"/>
        <source>门巴族</source>
        <translation>Monpa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="217"/>
        <source>珞巴族</source>
        <translation>Lhoba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="218"/>
        <source>基诺族</source>
        <translation>Jino</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="219"/>
        <source>县（区）行政区划代码</source>
        <translation>County division code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="220"/>
        <source>县（区）名称</source>
        <translation>County name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="221"/>
        <source>县教育局名称（如“某某县教育体育局”）</source>
        <translation>County education bureau (e.g. &quot;X County Bureau of Education and Sports&quot;)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="222"/>
        <source>劝返中案件的走访周期（天）</source>
        <translation>Visits to a case being persuaded, every (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="223"/>
        <source>疑似辍学核实时限（天）</source>
        <translation>Time to verify a suspected dropout (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="224"/>
        <source>复学学生跟踪回访周期（天）</source>
        <translation>Follow-up visits after a return, every (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="225"/>
        <source>复学后跟踪巩固期（天）</source>
        <translation>Monitoring after a return (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="226"/>
        <source>延缓/休学到期前提醒（天）</source>
        <translation>Reminder before a deferral ends (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="227"/>
        <source>限期返校通知的期限（天）</source>
        <translation>Deadline of a notice to return (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="228"/>
        <source>入学年龄（周岁）</source>
        <translation>School entry age (years)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="229"/>
        <source>入学年龄计算截止日（月-日）</source>
        <translation>Cut-off day for the entry age (month-day)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="230"/>
        <source>控辍保学专项行动月份</source>
        <translation>Campaign months</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="231"/>
        <source>挂牌督战地区（乡镇或村的区划代码）</source>
        <translation>Priority areas (township or village division codes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="232"/>
        <source>无故缺勤后电话联系时限（天，0为当天）</source>
        <translation>Phone the guardian within (days after an unexplained absence, 0 = same day)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="233"/>
        <source>连续无故缺勤几天后家访</source>
        <translation>Home visit after this many unexplained absent days in a row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="234"/>
        <source>连续无故缺勤几天后按疑似辍学上报</source>
        <translation>Report as suspected dropout after this many unexplained absent days in a row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="235"/>
        <source>本学期累计无故缺勤几天后按疑似辍学上报</source>
        <translation>Report as suspected dropout after this many unexplained absent days in a term</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="236"/>
        <source>经常缺勤的统计时段（天）</source>
        <translation>Window for &quot;often absent&quot; (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="237"/>
        <source>统计时段内缺勤几天算经常缺勤</source>
        <translation>Absent days in the window that make &quot;often absent&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="238"/>
        <source>统计时段内无故缺勤几天算经常缺勤</source>
        <translation>Unexplained absent days in the window that make &quot;often absent&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="239"/>
        <source>帮扶计划复查周期（天）</source>
        <translation>Support plan review, every (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="240"/>
        <source>状态变更不能更正或作废（案件经历过的每一步都要留在记录中）。如果这一步办错了，请办理相反的状态变更（例如“恢复劝返”“反弹（再次辍学）”），并在原因中写明</source>
        <translation>A state change cannot be corrected or voided (every step of a case stays on record). If this step was wrong, take the opposite action (e.g. &quot;Resume persuasion&quot;, &quot;Relapse&quot;) and say why in its reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="241"/>
        <source>已出具的文书请在文书登记簿中作废（文号保留，登记簿显示“作废”），不能在这里作废</source>
        <translation>Void an issued document in the register of issued documents (its number stays used, the register shows it voided), not here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="242"/>
        <source>“作废”记录本身不能{verb}</source>
        <translation>A voiding record itself allows no &quot;{verb}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="243"/>
        <source>请填写{verb}原因</source>
        <translation>Please give the reason for &quot;{verb}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="244"/>
        <source>审计员为只读账户，不能{verb}记录</source>
        <translation>Auditor accounts are read-only: no &quot;{verb}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="245"/>
        <source>这条记录不在您负责的范围内（乡镇或学校），不能{verb}</source>
        <translation>This record is outside your area (township or school): no &quot;{verb}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="246"/>
        <source>只能{verb}自己登记的记录（这条由“{author}”登记）；请联系乡镇或县级用户{verb}</source>
        <translation>&quot;{verb}&quot; is only for records you made yourself (this one was made by &quot;{author}&quot;); ask a township or county user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="247"/>
        <source>自己登记的记录只能在当天{verb}（这条登记于{day}）；请联系乡镇或县级用户{verb}</source>
        <translation>&quot;{verb}&quot; on your own records is possible on the same day only (this one was made on {day}); ask a township or county user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="248"/>
        <source>{start}—{end}学年</source>
        <translation>school year {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="249"/>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="250"/>
        <source>目标劝返人数“{text}”应为不小于0的整数</source>
        <translation>Target returns &quot;{text}&quot; must be a whole number, 0 or more</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="251"/>
        <source>请填写{what}（如 2027-06-30）</source>
        <translation>Please fill in {what} (e.g. 2027-06-30)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="252"/>
        <source>学年“{year}”不正确（如 2026 表示2026—2027学年）</source>
        <translation>School year &quot;{year}&quot; is not valid (e.g. 2026 means school year 2026–2027)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="253"/>
        <source>“{code}”不是本县的乡镇</source>
        <translation>&quot;{code}&quot; is not a township of this county</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="254"/>
        <source>{township}：请至少填写目标劝返率或目标劝返人数</source>
        <translation>{township}: fill in a target return rate or a target number of returns (at least one)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="255"/>
        <source>{township}：目标劝返率应在0到100之间（现为 {rate:g}）</source>
        <translation>{township}: the target return rate must be between 0 and 100 (it is {rate:g})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="256"/>
        <source>{township}：目标劝返人数不能为负数</source>
        <translation>{township}: the target number of returns cannot be negative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="257"/>
        <source>{township}：请填写责任人</source>
        <translation>{township}: please fill in the person responsible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="258"/>
        <source>{township}：责任人不能超过{count}个字</source>
        <translation>{township}: the person responsible may have at most {count} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="259"/>
        <source>{township}：联系电话“{phone}”不正确</source>
        <translation>{township}: phone number &quot;{phone}&quot; is not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="260"/>
        <source>{township}：备注不能超过{count}个字</source>
        <translation>{township}: the note may have at most {count} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="261"/>
        <source>{township}：完成时限 {deadline} 不在{year}内（{start} 至 {end}）</source>
        <translation>{township}: deadline {deadline} is not within {year} ({start} to {end})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="262"/>
        <source>目标劝返率“{text}”不是数字（如 95 表示95%）</source>
        <translation>Target return rate &quot;{text}&quot; is not a number (e.g. 95 means 95%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="263"/>
        <source>{what}“{text}”不是有效日期（格式：2027-06-30）</source>
        <translation>{what} &quot;{text}&quot; is not a valid date (format: 2027-06-30)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="264"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="265"/>
        <source>县教育局</source>
        <translation>County education bureau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="267"/>
        <source>{who}无权修改县级设置：{names}，只有县教育局的电脑可以修改</source>
        <translation>{who} may not change county settings: {names}; only the county education bureau&apos;s computers may change them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="268"/>
        <source>本机是注册为{role}的电脑，</source>
        <translation>This computer, enrolled as a {role} computer,</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="269"/>
        <source>{label}（{key}）</source>
        <translation>{label} ({key})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="270"/>
        <source>。本机没有做任何改动</source>
        <translation>— nothing was changed on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="271"/>
        <source>发出</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="272"/>
        <source>收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="273"/>
        <source>回执</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="274"/>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="275"/>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="276"/>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="277"/>
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="278"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="283"/>
        <source>了解情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="289"/>
        <source>下次走访日期</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="290"/>
        <source>监护人已签字</source>
        <translation>Guardian signed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="291"/>
        <source>程序</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="295"/>
        <source>内容摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="296"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="297"/>
        <source>罚款金额（元）</source>
        <translation>Fine (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="298"/>
        <source>文书名称</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="300"/>
        <source>送达地点</source>
        <translation>Place of service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="303"/>
        <source>受送达人已签收</source>
        <translation>Recipient signed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="304"/>
        <source>送达人</source>
        <translation>Served by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="305"/>
        <source>见证人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="306"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="308"/>
        <source>开始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="310"/>
        <source>证明单位/材料</source>
        <translation>Proof</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="311"/>
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="312"/>
        <source>拒不返校特殊情形</source>
        <translation>Refusal exception</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="314"/>
        <source>残疾等级</source>
        <translation>Disability grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="315"/>
        <source>残疾证号</source>
        <translation>Disability certificate no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="318"/>
        <source>评估专家</source>
        <translation>Assessors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="319"/>
        <source>监护人同意</source>
        <translation>Guardian consents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="320"/>
        <source>课时</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="322"/>
        <source>送教内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="323"/>
        <source>学生反应</source>
        <translation>Student&apos;s response</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="324"/>
        <source>下次目标</source>
        <translation>Next goal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="328"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="330"/>
        <source>学籍处理</source>
        <translation>Enrolment record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="332"/>
        <source>学生在校</source>
        <translation>Student attending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="333"/>
        <source>情况</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="334"/>
        <source>反弹风险</source>
        <translation>Risk of dropping out again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="336"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="337"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="339"/>
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="341"/>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="344"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="345"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="346"/>
        <source>更正原因</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="347"/>
        <source>学籍号首字母应为G、L或J，录入的是“{kind}”</source>
        <translation>A student number starts with G, L or J; this one starts with &quot;{kind}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="350"/>
        <source>身份证号为空</source>
        <translation>The ID number is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="351"/>
        <source>这是15位旧身份证号，请填写18位身份证号</source>
        <translation>This is an old 15-digit ID number; please enter the 18-digit one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="352"/>
        <source>身份证号被表格软件存成了科学计数法（如 1.10105E+17），后几位已丢失，请按文本格式重新录入</source>
        <translation>The spreadsheet stored the ID number in scientific notation (e.g. 1.10105E+17) and its last digits are lost; enter it again as text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="353"/>
        <source>身份证号应为18位，这里是{n}位</source>
        <translation>An ID number has 18 characters; this one has {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="354"/>
        <source>身份证号前17位应为数字，最后一位为数字或X</source>
        <translation>The first 17 characters of an ID number are digits, the last is a digit or X</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="355"/>
        <source>身份证号的地址码无效（前两位不是省级代码）</source>
        <translation>The address code of the ID number is invalid (the first two digits are not a province)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="356"/>
        <source>身份证号中的出生日期 {day} 不合理</source>
        <translation>The birth date {day} in the ID number is not plausible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="357"/>
        <source>身份证号校验位错误：号码中有一位或几位录错了（最后一位是按前17位算出的校验码），请对照户口簿或身份证逐位核对</source>
        <translation>Wrong check digit: one or more digits of the number were mistyped (the last character is computed from the first 17); check it digit by digit against the household register or the ID card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="358"/>
        <source>学籍号应为19位（字母G/L/J加18位），这里是{n}位</source>
        <translation>A student number has 19 characters (G, L or J and 18 more); this one has {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="359"/>
        <source>正式学籍号</source>
        <translation>Formal student number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="360"/>
        <source>临时学籍号</source>
        <translation>Temporary student number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="361"/>
        <source>无有效身份证件学籍号</source>
        <translation>Student number without a valid ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="362"/>
        <source>学期代码“{code}”格式应为 2026-2027-1（秋季）或 2026-2027-2（春季）</source>
        <translation>The term code &quot;{code}&quot; should look like 2026-2027-1 (autumn) or 2026-2027-2 (spring)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="363"/>
        <source>学期代码“{code}”的两个年份应相邻</source>
        <translation>The two years of the term code &quot;{code}&quot; should be consecutive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="364"/>
        <source>身份证号中的出生日期 {day} 不是真实日期</source>
        <translation>The birth date {day} in the ID number is not a real date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="365"/>
        <source>L字头临时学籍号后18位应全为数字</source>
        <translation>After the L of a temporary student number come 18 digits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="366"/>
        <source>J字头学籍号后18位格式应与身份证号相同</source>
        <translation>After the J of a student number come 18 characters formed like an ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="367"/>
        <source>G字头学籍号应为G加身份证号：{reason}</source>
        <translation>A G student number is G and an ID number: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="368"/>
        <source>L字头临时学籍号中的出生日期不是真实日期</source>
        <translation>The birth date in the temporary student number is not a real date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="369"/>
        <source>申请强制执行</source>
        <translation>Application for enforcement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="370"/>
        <source>案件当前为“{state}”：法律程序只适用于已确认辍学或劝返中的案件</source>
        <translation>The case is &quot;{state}&quot;: legal steps apply only to confirmed dropouts and cases being persuaded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="371"/>
        <source>出具{what}前需先送达{prev}</source>
        <translation>Before issuing &quot;{what}&quot;, serve &quot;{prev}&quot; first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="372"/>
        <source>{prev}的期限至 {due}，期满后才能出具{what}</source>
        <translation>The deadline of &quot;{prev}&quot; runs until {due}; &quot;{what}&quot; can be issued only after it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="373"/>
        <source>出具催告书前需先作出行政处罚决定书</source>
        <translation>Before a demand for payment, a penalty decision must be made</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="374"/>
        <source>催告书须在缴款期限、复议期（60日）和诉讼期（6个月）都届满后出具（{due} 之后）</source>
        <translation>A demand for payment is issued only after the payment deadline, the review period (60 days) and the litigation period (6 months) have all passed (after {due})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="375"/>
        <source>劝返联系</source>
        <translation>Persuasion contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="376"/>
        <source>法律程序</source>
        <translation>Legal step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="377"/>
        <source>送达回证</source>
        <translation>Proof of service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="378"/>
        <source>延缓/休学</source>
        <translation>Deferral / suspension</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="379"/>
        <source>残疾评估</source>
        <translation>Disability assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="380"/>
        <source>复学登记</source>
        <translation>Return to school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="381"/>
        <source>跟踪回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="382"/>
        <source>资助帮扶</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="383"/>
        <source>告知函</source>
        <translation>Notice letter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="384"/>
        <source>状态变更</source>
        <translation>State change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="385"/>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="386"/>
        <source>打印文书</source>
        <translation>Printed document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="387"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="388"/>
        <source>请填写{what}</source>
        <translation>Please fill in {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="389"/>
        <source>{what}最多{limit}个字（现为{length}个字），请精简</source>
        <translation>{what} takes at most {limit} characters (now {length}); please shorten it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="390"/>
        <source>{what}“{code}”不在代码表中</source>
        <translation>{what} &quot;{code}&quot; is not in the code list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="391"/>
        <source>学校名称</source>
        <translation>School name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="392"/>
        <source>学校类别</source>
        <translation>School type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="393"/>
        <source>学制</source>
        <translation>School system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="394"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="395"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="12"/>
        <source>学生不存在</source>
        <translation>No such student</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="13"/>
        <source>该学生已有未销号的案件（{case_no}），请在原案件中继续办理</source>
        <translation>This student already has an open case ({case_no}); continue in that case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="14"/>
        <source>案件不存在</source>
        <translation>No such case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="15"/>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="16"/>
        <source>找不到这条记录（可能尚未同步到本机）</source>
        <translation>This record is not found (it may not have been synced to this computer yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="17"/>
        <source>这条记录已被{what}，请在时间线上找到最新的版本再操作</source>
        <translation>This record was already changed (&quot;{what}&quot;); find its latest version on the timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="18"/>
        <source>日期（{day}）不能晚于今天</source>
        <translation>The date ({day}) cannot be after today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="19"/>
        <source>更正的内容与原记录相同，没有需要更正的地方</source>
        <translation>The correction is the same as the record: nothing to correct</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="20"/>
        <source>只能撤销自己刚登记的记录</source>
        <translation>Only a record you have just made yourself can be undone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="21"/>
        <source>这条记录已被其他记录引用（{found}），不能撤销；如需作废请先处理引用它的记录</source>
        <translation>Other records refer to this one ({found}), so it cannot be undone; to void it, deal with those records first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="22"/>
        <source>日期（{day}）不能早于立案日期（{opened}）</source>
        <translation>The date ({day}) cannot be before the case was opened ({opened})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="23"/>
        <source>找不到县级行政区划代码 {code}</source>
        <translation>County division code {code} not found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="24"/>
        <source>{county} 没有乡镇和村的区划数据</source>
        <translation>{county} has no township and village division data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="25"/>
        <source>部分村</source>
        <translation>Some villages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="26"/>
        <source>数据库正被其他程序使用，请关闭其他窗口后重试</source>
        <translation>Another program is using the database; close the other windows and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="27"/>
        <source>磁盘已满，无法保存。请清理磁盘空间后重试，本次修改未保存</source>
        <translation>The disk is full and nothing was saved; free some space and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="28"/>
        <source>读写磁盘出错（可能是U盘被拔出或磁盘损坏），本次修改未保存</source>
        <translation>A disk read/write error (a USB stick pulled out or a damaged disk); this change was not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="29"/>
        <source>数据库文件是只读的，无法保存修改</source>
        <translation>The database file is read-only; changes cannot be saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="30"/>
        <source>无法打开数据库文件，请检查路径和权限</source>
        <translation>The database file cannot be opened; check its path and permissions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="31"/>
        <source>数据库文件已损坏或密码错误，无法打开</source>
        <translation>The database file is damaged or the password is wrong; it cannot be opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="32"/>
        <source>数据库文件已损坏，请从备份恢复</source>
        <translation>The database file is damaged; restore it from a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="33"/>
        <source>数据库文件不存在：{path}</source>
        <translation>The database file does not exist: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="34"/>
        <source>数据库已加密，请先登录（输入密码）后再打开：{path}</source>
        <translation>The database is encrypted; sign in (enter the password) to open it: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="35"/>
        <source>无法以WAL模式打开数据库（{mode}）</source>
        <translation>The database cannot be opened in WAL mode ({mode})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="36"/>
        <source>{message}（{path}）</source>
        <translation>{message} ({path})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="12"/>
        <source>有{count}名学生不在{klass}的名册中，或不在您负责的范围内</source>
        <translation>{count} students are not on the roll of {klass}, or not in your area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="13"/>
        <source>查明的缺勤原因应为病假或事假</source>
        <translation>The cause found for an absence must be sick leave or personal leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="14"/>
        <source>该学生的无故缺勤未达到县定的疑似辍学上报标准</source>
        <translation>This student&apos;s unexcused absences do not reach the county&apos;s threshold for reporting a suspected dropout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="15"/>
        <source>{klass}没有在册学生，请先导入学籍名册</source>
        <translation>{klass} has no enrolled students; import the student roll first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="16"/>
        <source>该学生已有未销号的案件，请在原案件中继续办理</source>
        <translation>This student already has an open case; continue in that case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="17"/>
        <source>“{kind}”不是可登记的风险情况</source>
        <translation>&quot;{kind}&quot; is not a risk that can be recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="18"/>
        <source>情况说明最多{count}个字，请精简</source>
        <translation>The description may have at most {count} characters; please shorten it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="19"/>
        <source>没有登记过这项情况</source>
        <translation>This risk was never recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="20"/>
        <source>帮扶目标最多{count}个字，请精简</source>
        <translation>The support goal may have at most {count} characters; please shorten it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="21"/>
        <source>帮扶计划不存在</source>
        <translation>The support plan does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="22"/>
        <source>请填写帮扶效果（学习、出勤、情绪有什么变化）</source>
        <translation>Please describe the effect of the support (changes in learning, attendance, mood)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="23"/>
        <source>帮扶效果最多{count}个字，请精简</source>
        <translation>The effect may have at most {count} characters; please shorten it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="24"/>
        <source>复查日期不能晚于今天</source>
        <translation>The review date cannot be after today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="25"/>
        <source>复查日期不能早于帮扶开始日期</source>
        <translation>The review date cannot be before the support started</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="26"/>
        <source>缺勤跟进（电话、家访、疑似辍学上报）</source>
        <translation>Absence follow-up (phone, home visit, report of suspected dropout)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="27"/>
        <source>帮扶计划复查</source>
        <translation>Support plan review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="28"/>
        <source>电话联系</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="29"/>
        <source>上报疑似辍学</source>
        <translation>Report suspected dropout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="30"/>
        <source>{name}（{school}{klass}）</source>
        <translation>{name} ({school} {klass})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="31"/>
        <source>帮扶计划月度复查：{helper}，{methods}，{frequency}</source>
        <translation>Monthly support review: {helper}, {methods}, {frequency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="32"/>
        <source>{kind}：{detail}</source>
        <translation>{kind}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="33"/>
        <source>可导入缺勤记录{count}条（{days}天）</source>
        <translation>{count} absence records can be imported ({days} days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="34"/>
        <source>缺勤原因“{value}”无法识别（可写病假、事假、无故/旷课或不明）</source>
        <translation>Cause of absence &quot;{value}&quot; not recognised (write sick leave, personal leave, unexcused/truant or unknown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="35"/>
        <source>表格中找不到“日期”和“姓名”两列的表头，请确认这是学生缺勤登记表</source>
        <translation>The sheet has no &quot;date&quot; and &quot;name&quot; column headers; is this a student absence register?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="36"/>
        <source>请选择学校</source>
        <translation>Please choose a school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="37"/>
        <source>{school}没有您可以登记的在册学生，请先导入学籍名册</source>
        <translation>{school} has no enrolled students you may register; import the student roll first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="38"/>
        <source>学籍号{number}不是本校在册学生</source>
        <translation>Student number {number} is not enrolled at this school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="39"/>
        <source>身份证号不是本校在册学生</source>
        <translation>The ID number is not of a student enrolled at this school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="40"/>
        <source>本校在册学生中没有“{name}”</source>
        <translation>No student &quot;{name}&quot; is enrolled at this school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="41"/>
        <source>本校有{count}名学生叫“{name}”，请在表中填写学籍号或年级、班级</source>
        <translation>{count} students at this school are called &quot;{name}&quot;; add the student number or grade and class in the sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="42"/>
        <source>有{count}行不能导入（见下）</source>
        <translation>{count} rows cannot be imported (see below)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="43"/>
        <source>没有填写姓名</source>
        <translation>No name filled in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="44"/>
        <source>“{reason}”不是缺勤，不导入</source>
        <translation>&quot;{reason}&quot; is not an absence; not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="45"/>
        <source>缺勤日期不完整（需要年、月、日）</source>
        <translation>The absence date is incomplete (year, month and day needed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/prevention.py" line="46"/>
        <source>{name} {day} 的缺勤在表中重复，只导入第一行</source>
        <translation>The absence of {name} on {day} appears twice in the sheet; only the first row is imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="338"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="396"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="397"/>
        <source>监护人姓名</source>
        <translation>Guardian&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="398"/>
        <source>工作单位</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="399"/>
        <source>与学生关系</source>
        <translation>Relation to the student</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="400"/>
        <source>学籍状态</source>
        <translation>Enrolment status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="327"/>
        <source>年级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="401"/>
        <source>台账类别</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="402"/>
        <source>去向</source>
        <translation>Whereabouts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="403"/>
        <source>辍学原因分析</source>
        <translation>Cause analysis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="404"/>
        <source>劝返措施</source>
        <translation>Persuasion measures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="405"/>
        <source>劝返时限</source>
        <translation>Persuasion deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="406"/>
        <source>联系方式</source>
        <translation>Contact type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="280"/>
        <source>参与人员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="284"/>
        <source>学生态度</source>
        <translation>Student&apos;s attitude</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="285"/>
        <source>监护人态度</source>
        <translation>Guardian&apos;s attitude</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="287"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="407"/>
        <source>送达文书名称</source>
        <translation>Document served</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="299"/>
        <source>受送达人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="301"/>
        <source>送达时间</source>
        <translation>Time of service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="302"/>
        <source>送达方式</source>
        <translation>Method of service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="408"/>
        <source>延缓/休学原因</source>
        <translation>Reason for deferral / suspension</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="309"/>
        <source>截止日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="313"/>
        <source>残疾类别</source>
        <translation>Disability category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="316"/>
        <source>评估结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="317"/>
        <source>安置建议</source>
        <translation>Placement advice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="321"/>
        <source>送教教师</source>
        <translation>Home-teaching teachers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="325"/>
        <source>复学日期</source>
        <translation>Return date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="326"/>
        <source>复学学校</source>
        <translation>School returned to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="329"/>
        <source>安置方式</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="335"/>
        <source>资助类别</source>
        <translation>Kind of support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="340"/>
        <source>对方单位</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="343"/>
        <source>作废原因</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="409"/>
        <source>性别应为“男”或“女”</source>
        <translation>Sex must be &quot;男&quot; (male) or &quot;女&quot; (female)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="410"/>
        <source>标识</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="411"/>
        <source>辍学原因</source>
        <translation>Causes of dropping out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="412"/>
        <source>确认辍学的案件需要至少一项辍学原因</source>
        <translation>A confirmed dropout needs at least one cause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="286"/>
        <source>劝返方式</source>
        <translation>Persuasion method</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="281"/>
        <source>参与部门</source>
        <translation>Departments taking part</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="413"/>
        <source>联合劝返需要至少两个部门共同参与，请选择参与部门</source>
        <translation>A joint persuasion needs at least two departments; please choose them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="414"/>
        <source>留置送达需要见证人</source>
        <translation>Service by leaving at the address needs a witness</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="415"/>
        <source>截止日期应晚于开始日期</source>
        <translation>The end date must be after the start date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="416"/>
        <source>课时应大于0</source>
        <translation>Hours must be more than 0</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="331"/>
        <source>帮扶措施</source>
        <translation>Help given</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="417"/>
        <source>告知函方向应为发出、收到或回执</source>
        <translation>A notice letter is sent, received or a receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="418"/>
        <source>回执需要对应的告知函</source>
        <translation>A receipt needs the notice letter it answers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="419"/>
        <source>未知的事件类型“{kind}”</source>
        <translation>Unknown record type &quot;{kind}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="420"/>
        <source>出生日期 {day} 与身份证号中的 {id_day} 不一致</source>
        <translation>Birth date {day} does not match {id_day} in the ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="421"/>
        <source>性别“{sex}”与身份证号（{id_sex}）不一致</source>
        <translation>Sex &quot;{sex}&quot; does not match the ID number ({id_sex})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="484"/>
        <source>日期 {day} 晚于今天（{today}），不能登记尚未发生的事</source>
        <translation>The date {day} is after today ({today}): nothing can be recorded before it happens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="485"/>
        <source>县级管理员</source>
        <translation>County administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="486"/>
        <source>乡镇干部</source>
        <translation>Township cadre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="487"/>
        <source>村干部</source>
        <translation>Village cadre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="488"/>
        <source>教师</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="489"/>
        <source>延缓入学/休学只能基于：（一）县残疾人教育专家委员会评估建议延缓/休学；或（二）拒不返校特殊情形——三个不同日期的联合劝返三次以上，或司法判决裁定。本案目前：联合劝返 {days} 天，{assessment}，{judgment}</source>
        <translation>Deferral or suspension needs a ground: (1) the county expert committee on disabled children&apos;s education recommends it; or (2) the refusal exception—joint persuasion on three different days, or a court judgment. This case now: joint persuasion on {days} days, {assessment}, {judgment}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="490"/>
        <source>学生在 {day} 为 {age} 周岁，未满16周岁且未超过九年义务教育年限，不能以超龄销号</source>
        <translation>On {day} the student is {age}: under 16 and within the nine compulsory years, so the case cannot be closed as over age</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="491"/>
        <source>确认辍学需要至少一项辍学原因：请先在案件信息中选择辍学原因</source>
        <translation>Confirming a dropout needs at least one cause: choose the causes in the case information first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="282"/>
        <source>见到的人</source>
        <translation>Person met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="492"/>
        <source>了解到的情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="288"/>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="493"/>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="342"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="307"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="292"/>
        <source>文书编号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="293"/>
        <source>发文单位</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="294"/>
        <source>受文人</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="279"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="422"/>
        <source>缺勤登记</source>
        <translation>Absence register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="423"/>
        <source>班级考勤</source>
        <translation>Class attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="424"/>
        <source>缺勤跟进</source>
        <translation>Absence follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="425"/>
        <source>疑似辍学上报</source>
        <translation>Reported as suspected dropout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="426"/>
        <source>学生关注情况</source>
        <translation>Student concerns</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="427"/>
        <source>帮扶计划</source>
        <translation>Support plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="428"/>
        <source>帮扶复查</source>
        <translation>Support review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="429"/>
        <source>{day}起连续{n}天无故或原因不明缺勤</source>
        <translation>Absent without or with unknown reason for {n} days in a row since {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="430"/>
        <source>疑似辍学待核实</source>
        <translation>Suspected dropout, to be checked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="431"/>
        <source>经常缺勤</source>
        <translation>Often absent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="432"/>
        <source>学有困难</source>
        <translation>Learning difficulties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="433"/>
        <source>留守/监护缺失</source>
        <translation>Left behind / no guardian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="434"/>
        <source>辍学/反弹史</source>
        <translation>Dropped out before</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="435"/>
        <source>升学过渡</source>
        <translation>Moving up a school level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="436"/>
        <source>已按疑似辍学上报，待核实</source>
        <translation>Reported as a suspected dropout, to be checked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="437"/>
        <source>近{window}天缺勤{n}天（其中无故或不明{unexplained}天）</source>
        <translation>Absent {n} days in the last {window} ({unexplained} without or with unknown reason)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="438"/>
        <source>学有困难：{detail}</source>
        <translation>Learning difficulties: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="439"/>
        <source>心理问题：{detail}</source>
        <translation>Psychological problems: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="440"/>
        <source>孤儿（监护缺失）</source>
        <translation>Orphan (no guardian)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="441"/>
        <source>留守儿童</source>
        <translation>Left-behind child</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="442"/>
        <source>家庭经济困难（{names}）</source>
        <translation>Family poverty ({names})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="443"/>
        <source>残疾（{category}）</source>
        <translation>Disability ({category})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="444"/>
        <source>复学后曾再次辍学（反弹{n}次）</source>
        <translation>Dropped out again after returning ({n} times)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="445"/>
        <source>曾辍学，劝返复学后需防反弹</source>
        <translation>Dropped out before; watch for a relapse after the return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="446"/>
        <source>六年级下学期，即将小升初（6→7）</source>
        <translation>Grade 6, spring term: about to move to junior secondary (6→7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="447"/>
        <source>七年级上学期，刚升入初中（6→7）</source>
        <translation>Grade 7, autumn term: just moved to junior secondary (6→7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="448"/>
        <source>八年级下学期，即将升入九年级（8→9）</source>
        <translation>Grade 8, spring term: about to move to grade 9 (8→9)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="449"/>
        <source>九年级上学期，刚升入毕业年级（8→9）</source>
        <translation>Grade 9, autumn term: just moved to the final year (8→9)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="450"/>
        <source>病假</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="451"/>
        <source>事假</source>
        <translation>Personal leave</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="452"/>
        <source>无故</source>
        <translation>No reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="453"/>
        <source>不明</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="454"/>
        <source>原因已查明（有正当理由）</source>
        <translation>Reason found (a valid one)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="455"/>
        <source>承诺返校</source>
        <translation>Promised to return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="456"/>
        <source>未联系上</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="457"/>
        <source>不愿返校</source>
        <translation>Unwilling to return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="458"/>
        <source>缺勤原因“{reason}”不在代码表中（应为病假、事假、无故或不明）</source>
        <translation>Absence reason &quot;{reason}&quot; is not in the code list (sick leave, personal leave, no reason or unknown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="459"/>
        <source>不能登记今天以后的缺勤（{day}）</source>
        <translation>An absence after today cannot be recorded ({day})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="460"/>
        <source>请选择跟进方式（电话或家访）</source>
        <translation>Choose how you followed up (phone or home visit)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="461"/>
        <source>请选择跟进结果</source>
        <translation>Choose the result of the follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="462"/>
        <source>请填写跟进情况（联系了谁、了解到什么）</source>
        <translation>Fill in the follow-up (whom you reached, what you learned)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="463"/>
        <source>跟进情况最多{limit}个字（现为{length}个字），请精简</source>
        <translation>The follow-up takes at most {limit} characters (now {length}); please shorten it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="464"/>
        <source>跟进日期不能晚于今天（{day}）</source>
        <translation>The follow-up date cannot be after today ({day})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="465"/>
        <source>请填写帮扶责任人（谁来帮）</source>
        <translation>Fill in who gives the support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="466"/>
        <source>请至少选择一种帮扶方式（课后辅导、教师一对一、同学手拉手、心理辅导）</source>
        <translation>Choose at least one kind of support (after-school tutoring, one-to-one with a teacher, peer buddy, counselling)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="467"/>
        <source>请填写帮扶频次（如“每周两次”）</source>
        <translation>Fill in how often (e.g. &quot;twice a week&quot;)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="468"/>
        <source>请填写帮扶开始日期</source>
        <translation>Fill in the start date of the support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="469"/>
        <source>帮扶方式“{method}”不在代码表中</source>
        <translation>Support kind &quot;{method}&quot; is not in the code list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="470"/>
        <source>{span}，请当天电话联系监护人</source>
        <translation>{span}: phone the guardian today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="471"/>
        <source>{span}，请家访了解情况</source>
        <translation>{span}: visit the home to find out why</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="472"/>
        <source>{span}（县定标准：连续{days}天），建议按疑似辍学上报</source>
        <translation>{span} (county standard: {days} days in a row): report as a suspected dropout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="473"/>
        <source>本学期累计无故缺勤{total}天（县定标准：{days}天），建议按疑似辍学上报</source>
        <translation>{total} days absent without reason this term (county standard: {days} days): report as a suspected dropout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="474"/>
        <source>区划代码应为数字字符串，收到的是 {name}。</source>
        <translation>A division code must be a string of digits; got {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="475"/>
        <source>区划代码为空。</source>
        <translation>The division code is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="476"/>
        <source>区划代码“{code}”只能由数字组成。</source>
        <translation>Division code &quot;{code}&quot; may only contain digits.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="477"/>
        <source>区划代码“{text}”应为 2、4、6、9 或 12 位数字，现为 {digits} 位。</source>
        <translation>Division code &quot;{text}&quot; must have 2, 4, 6, 9 or 12 digits; it has {digits}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="478"/>
        <source>区划代码“{text}”的省级代码“{province}”不存在。</source>
        <translation>The province code &quot;{province}&quot; of division code &quot;{text}&quot; does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="479"/>
        <source>区划代码“{text}”缺少地级代码（第 3–4 位为 00，其后却不为 0）。</source>
        <translation>Division code &quot;{text}&quot; lacks its prefecture code (digits 3–4 are 00 but later digits are not 0).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="480"/>
        <source>区划代码“{text}”缺少乡级代码（第 7–9 位为 000，其后却不为 0）。</source>
        <translation>Division code &quot;{text}&quot; lacks its township code (digits 7–9 are 000 but later digits are not 0).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="481"/>
        <source>“{short}”不是县级区划代码，请选择一个县（市、区）。</source>
        <translation>&quot;{short}&quot; is not a county division code; please choose a county (city, district).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="494"/>
        <source>证明材料</source>
        <translation>Proof</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="495"/>
        <source>日期 {day} 早于立案日期 {opened}</source>
        <translation>The date {day} is before the case was opened ({opened})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="496"/>
        <source>办理日期不能早于该案件上一次状态变更的日期（{last}）</source>
        <translation>The date cannot be before the case&apos;s last state change ({last})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="497"/>
        <source>走访人员</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="498"/>
        <source>走访结果</source>
        <translation>Result of the visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="499"/>
        <source>家访记录需要填写：{fields}</source>
        <translation>A home visit record needs: {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="500"/>
        <source>勾选了“拒不返校特殊情形”，但本案没有三个不同日期的联合劝返或判决裁定（目前联合劝返 {days} 天）</source>
        <translation>&quot;Refusal exception&quot; is ticked, but this case has neither joint persuasion on three different days nor a judgment (joint persuasion on {days} days so far)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="501"/>
        <source>需要县级审批人：请从用户中选择县教育局（县级管理员）账户</source>
        <translation>A county approver is needed: choose a county education bureau (county administrator) account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="502"/>
        <source>审批人“{name}”不是本系统的用户账户：审批人须从用户中选择县级账户，不能手工填写</source>
        <translation>Approver &quot;{name}&quot; is not an account of this system: choose a county account from the users; it cannot be typed in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="503"/>
        <source>审批人“{name}”是{role}账户，只能申请，不能审批；请选择县级账户</source>
        <translation>Approver &quot;{name}&quot; is a {role} account, which can apply but not approve; choose a county account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="504"/>
        <source>审批人账户“{name}”已停用</source>
        <translation>Approver account &quot;{name}&quot; is disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="505"/>
        <source>佐证材料不是本案件的记录（{ids}）：请选择本案的文书、记录或附件</source>
        <translation>The evidence is not a record of this case ({ids}): choose a document, record or attachment of this case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="506"/>
        <source>回执对应的告知函不是本案已发出的告知函：请先登记发出的告知函</source>
        <translation>The receipt does not answer a notice letter sent in this case: record the sent letter first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="507"/>
        <source>送达回证对应的文书不是本案的记录</source>
        <translation>The document of the proof of service is not a record of this case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="508"/>
        <source>超龄销号需要学生的出生日期（请先补全身份证号或出生日期）</source>
        <translation>Closing as over age needs the student&apos;s birth date (fill in the ID number or birth date first)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="509"/>
        <source>延缓/休学申请</source>
        <translation>Deferral / suspension application</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="510"/>
        <source>{role}账户不能登记“{what}”（可由{allowed}登记）</source>
        <translation>A {role} account cannot record &quot;{what}&quot; (it is recorded by: {allowed})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="511"/>
        <source>{what}需要填写：{fields}</source>
        <translation>{what} needs: {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="512"/>
        <source>“{field}”最多{limit}个字（现为{length}个字）</source>
        <translation>&quot;{field}&quot; takes at most {limit} characters (now {length})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="513"/>
        <source>有评估建议</source>
        <translation>an assessment recommends it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="514"/>
        <source>无评估建议</source>
        <translation>no assessment recommending it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="515"/>
        <source>有判决裁定</source>
        <translation>a judgment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="516"/>
        <source>无判决裁定</source>
        <translation>no judgment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="517"/>
        <source>“{field}”最多{limit}项</source>
        <translation>&quot;{field}&quot; takes at most {limit} entries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="518"/>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="519"/>
        <source>销号原因</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="520"/>
        <source>状态变更缺少办理事项</source>
        <translation>The state change does not say which action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="482"/>
        <source>日期无法识别</source>
        <translation>The date cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="521"/>
        <source>“{field}”中每项最多{limit}个字</source>
        <translation>Each entry of &quot;{field}&quot; takes at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="522"/>
        <source>罚款金额</source>
        <translation>Fine amount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="523"/>
        <source>返校期限</source>
        <translation>Return deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="524"/>
        <source>改正期限</source>
        <translation>Correction deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="483"/>
        <source>未知的办理事项</source>
        <translation>Unknown action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="525"/>
        <source>已确认辍学</source>
        <translation>Dropout confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="526"/>
        <source>劝返中</source>
        <translation>Persuading</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="527"/>
        <source>已复学</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="528"/>
        <source>跟踪巩固</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="529"/>
        <source>延缓入学/休学</source>
        <translation>Deferred / suspended</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="530"/>
        <source>跨省转出待回执</source>
        <translation>Transferred, awaiting receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="531"/>
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="532"/>
        <source>核实在读/误报</source>
        <translation>Verified enrolled / false report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="533"/>
        <source>复学巩固期满</source>
        <translation>Returned, monitoring completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="534"/>
        <source>跨省转出已回执</source>
        <translation>Transferred, receipt received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="535"/>
        <source>超龄/死亡/出境等</source>
        <translation>Over age, death, left the country…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="536"/>
        <source>超龄</source>
        <translation>Over age</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="537"/>
        <source>死亡</source>
        <translation>Death</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="538"/>
        <source>出境</source>
        <translation>Left the country</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="539"/>
        <source>完成义务教育</source>
        <translation>Completed compulsory education</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="540"/>
        <source>确认辍学</source>
        <translation>Confirm dropout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="541"/>
        <source>核实在读销号</source>
        <translation>Close: verified enrolled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="542"/>
        <source>启动劝返</source>
        <translation>Start persuasion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="543"/>
        <source>登记复学</source>
        <translation>Register return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="544"/>
        <source>转入跟踪巩固</source>
        <translation>Start monitoring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="545"/>
        <source>巩固期满销号</source>
        <translation>Close: monitoring done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="546"/>
        <source>反弹（再次辍学）</source>
        <translation>Relapse (dropped out again)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="547"/>
        <source>批准延缓入学/休学</source>
        <translation>Approve deferral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="548"/>
        <source>延续延缓/休学</source>
        <translation>Renew deferral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="549"/>
        <source>延缓期满未复学</source>
        <translation>Deferral ended, not returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="550"/>
        <source>认定拒不返校特殊情形</source>
        <translation>Confirm refusal exception</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="551"/>
        <source>转为送教上门</source>
        <translation>Switch to home teaching</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="552"/>
        <source>跨省转出告知</source>
        <translation>Cross-province transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="553"/>
        <source>收到回执销号</source>
        <translation>Close: receipt received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="554"/>
        <source>恢复劝返</source>
        <translation>Resume persuasion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="555"/>
        <source>其他原因销号</source>
        <translation>Close: other reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="556"/>
        <source>{what}需要审批人，请填写审批人</source>
        <translation>{what} needs an approver; please fill in the approver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="557"/>
        <source>{what}需要佐证材料（文书、复学记录或附件），请先添加佐证</source>
        <translation>{what} needs evidence (a document, a return record or an attachment); add the evidence first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="558"/>
        <source>案件当前状态为“{state}”，不能{action}（只能从{allowed}状态办理）</source>
        <translation>The case is &quot;{state}&quot;: &quot;{action}&quot; is not possible (only from: {allowed})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="559"/>
        <source>只有复学后销号的案件才能因反弹重新打开；其他已销号案件请新建案件</source>
        <translation>Only a case closed after returning can be reopened as a relapse; for other closed cases open a new case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="560"/>
        <source>启动劝返前必须先制定“一人一案”工作方案</source>
        <translation>A case plan (一人一案) must be made before persuasion starts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="561"/>
        <source>登记复学需要先填写复学登记（复学日期、学校、年级和安置方式）</source>
        <translation>Registering a return needs the return-to-school record first (date, school, grade and placement)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="562"/>
        <source>认定拒不返校特殊情形（县级领导小组核实同意）</source>
        <translation>Confirming the refusal exception (verified and agreed by the county leading group)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="563"/>
        <source>延缓/休学期至 {day} 才到期</source>
        <translation>The deferral / suspension runs until {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="564"/>
        <source>转为送教上门需要县残疾人教育专家委员会的评估意见</source>
        <translation>Switching to home teaching needs the assessment of the county expert committee on disabled children&apos;s education</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="565"/>
        <source>跨省转出前需要先发出《跨省辍学学生情况告知函》</source>
        <translation>Before a cross-province transfer, send the cross-province dropout notice first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="566"/>
        <source>跨省转出销号需要户籍所在地的回执</source>
        <translation>Closing a cross-province transfer needs the receipt from the place of household registration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="567"/>
        <source>跟踪巩固期至 {day} 才满，暂不能销号</source>
        <translation>Monitoring runs until {day}; the case cannot be closed yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="568"/>
        <source>其他原因销号需选择原因：超龄、死亡、出境或完成义务教育</source>
        <translation>Closing for another reason needs the reason: over age, death, left the country or completed compulsory education</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="569"/>
        <source>销号</source>
        <translation>Closing the case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="570"/>
        <source>案件已销号，不能再记录劝返；如学生再次辍学，请先办理“反弹”</source>
        <translation>The case is closed and takes no more persuasion records; if the student dropped out again, record a relapse first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="571"/>
        <source>该学生已确认辍学但尚未制定“一人一案”工作方案，请先制定方案再记录劝返工作</source>
        <translation>The student is a confirmed dropout without a case plan (一人一案): make the plan before recording persuasion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="572"/>
        <source>该案件已认定为拒不返校特殊情形，劝返工作继续进行</source>
        <translation>The refusal exception is already confirmed for this case; persuasion continues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="573"/>
        <source>认定拒不返校特殊情形需经相关部门联合劝返三次以上（三个不同日期）或经司法部门判决裁定（目前联合劝返 {days} 天，无判决裁定；同一天的多次只算一次）</source>
        <translation>The refusal exception needs joint persuasion by the departments at least three times (on three different days) or a court judgment (joint persuasion on {days} days so far, no judgment; several on one day count once)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="574"/>
        <source>延缓入学/休学需要填写截止日期</source>
        <translation>A deferral / suspension needs an end date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="575"/>
        <source>延缓入学/休学的截止日期应晚于今天</source>
        <translation>The end date of a deferral / suspension must be after today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="576"/>
        <source>延缓入学/休学期限一般不超过一年，期满可申请延续</source>
        <translation>A deferral / suspension lasts at most a year; it can be renewed when it ends</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="577"/>
        <source>延缓入学/休学需要填写原因（如身体原因、拒不返校特殊情形）</source>
        <translation>A deferral / suspension needs a reason (e.g. health, the refusal exception)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="37"/>
        <source>磁盘已满，无法保存文件。请清理磁盘空间后重试（原文件未被改动）</source>
        <translation>The disk is full; the file cannot be saved. Free some disk space and try again (the original file is unchanged)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="38"/>
        <source>没有写入权限，无法保存文件</source>
        <translation>No permission to write; the file cannot be saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="39"/>
        <source>{why}（{path}）</source>
        <translation>{why} ({path})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="40"/>
        <source>没有写入权限，无法保存文件（{path}）</source>
        <translation>No permission to write; the file cannot be saved ({path})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="41"/>
        <source>（已逾期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="42"/>
        <source>走访到期或逾期</source>
        <translation>Visits due or overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="43"/>
        <source>复学跟踪巩固</source>
        <translation>Follow-up of returned students</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="44"/>
        <source>延缓/休学即将到期</source>
        <translation>Deferrals expiring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="45"/>
        <source>法律文书期限</source>
        <translation>Legal deadlines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="46"/>
        <source>开学专项行动清单</source>
        <translation>Term-start campaign checklist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="47"/>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="51"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="52"/>
        <source>劝返次数</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="53"/>
        <source>上次联系</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="54"/>
        <source>下次走访</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="55"/>
        <source>包保责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="58"/>
        <source>案件状态</source>
        <translation>Case state</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="60"/>
        <source>{state}，应于 {day} 核实{late}</source>
        <translation>{state}: verify by {day}{late}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="61"/>
        <source>{state}，应于 {day} 走访劝返{late}</source>
        <translation>{state}: visit and persuade by {day}{late}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="62"/>
        <source>延缓/休学期至 {day}，已到期</source>
        <translation>Deferral / suspension until {day}: ended</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="63"/>
        <source>延缓/休学期至 {day}，即将到期</source>
        <translation>Deferral / suspension until {day}: ends soon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="64"/>
        <source>限期返校期限 {day}已过，学生仍未返校，考虑下一步法律程序</source>
        <translation>The return deadline {day} has passed and the student has not returned: consider the next legal step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="65"/>
        <source>限期返校期限 {day}即将到期</source>
        <translation>The return deadline {day} is near</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="66"/>
        <source>复学跟踪回访，应于 {day} 进行{late}</source>
        <translation>Follow-up visit after return due on {day}{late}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="67"/>
        <source>疑似辍学自 {day} 起超过 {days} 天未核实</source>
        <translation>Suspected dropout since {day}, not verified for more than {days} days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="68"/>
        <source>已确认辍学，尚未制定“一人一案”，劝返工作应立即启动</source>
        <translation>Confirmed dropout without a case plan (一人一案): persuasion should start at once</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="69"/>
        <source>跟踪巩固期已于 {day} 期满，可办理销号</source>
        <translation>Monitoring ended on {day}: the case can be closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="70"/>
        <source>上学期在{school}读{grade}，本学期未注册，请核实</source>
        <translation>In {grade} at {school} last term, not registered this term: please verify</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="71"/>
        <source>校</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="72"/>
        <source>{year}年{month}月{day}日</source>
        <translation>{year}-{month:02d}-{day:02d}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="73"/>
        <source>发出告知函</source>
        <translation>Notice letter sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="74"/>
        <source>收到告知函</source>
        <translation>Notice letter received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="75"/>
        <source>回执告知函</source>
        <translation>Receipt of a notice letter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="76"/>
        <source>评估结论：{value}</source>
        <translation>Conclusion: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="77"/>
        <source>作废；原因：{value}</source>
        <translation>Voided; reason: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="78"/>
        <source>身份证号相同</source>
        <translation>Same ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="79"/>
        <source>姓名和出生日期相同</source>
        <translation>Same name and birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="80"/>
        <source>同村同名</source>
        <translation>Same name in the same village</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="81"/>
        <source>姓名拼音相同（同音字）</source>
        <translation>Name sounds the same (same pinyin)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="82"/>
        <source>受送达人：{value}</source>
        <translation>Recipient: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="83"/>
        <source>送达时间：{value}</source>
        <translation>Served: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="84"/>
        <source>复学日期 {value}</source>
        <translation>Returned on {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="85"/>
        <source>安置：{value}</source>
        <translation>Placement: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="86"/>
        <source>{what}至 {value}</source>
        <translation>{what} until {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="87"/>
        <source>原因：{value}</source>
        <translation>Reason: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="88"/>
        <source>{value}课时</source>
        <translation>{value} hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="89"/>
        <source>教师：{value}</source>
        <translation>Teachers: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="90"/>
        <source>对方：{value}</source>
        <translation>Counterpart: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="91"/>
        <source>{action} → {to}</source>
        <translation>{action} → {to}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="92"/>
        <source>部门：{value}</source>
        <translation>Departments: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="93"/>
        <source>参与：{value}</source>
        <translation>Participants: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="94"/>
        <source>结果：{value}</source>
        <translation>Result: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="95"/>
        <source>下次：{value}</source>
        <translation>Next: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="96"/>
        <source>编号：{value}</source>
        <translation>No.: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="97"/>
        <source>发文：{value}</source>
        <translation>Issued by: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="98"/>
        <source>期限：{value}</source>
        <translation>Deadline: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="99"/>
        <source>在校</source>
        <translation>At school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="100"/>
        <source>未在校</source>
        <translation>Not at school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="101"/>
        <source>帮扶：{value}</source>
        <translation>Help: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="102"/>
        <source>{value}元</source>
        <translation>{value} yuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="103"/>
        <source>审批：{value}</source>
        <translation>Approved by: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="104"/>
        <source>至 {value}</source>
        <translation>until {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="105"/>
        <source>一人一案劝返时限 {day} 已过 {days} 天，学生仍未复学：调整方案或采取下一步措施</source>
        <translation>The case plan deadline {day} passed {days} days ago and the student has not returned: revise the plan or take the next step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="106"/>
        <source>未知的设置项“{key}”</source>
        <translation>Unknown setting &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="107"/>
        <source>记录不存在或已被删除（{entity} {row}）</source>
        <translation>The record does not exist or was deleted ({entity} {row})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="108"/>
        <source>更正的记录不存在或类型不同</source>
        <translation>The corrected record does not exist or is of another kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="109"/>
        <source>该数据库由更新版本的控辍保学工作台创建（结构版本 {version}，本程序支持到 {latest}），请升级程序后再打开</source>
        <translation>This database was made by a newer version of the workbench (structure version {version}; this program supports up to {latest}); upgrade the program before opening it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="63"/>
        <source>每日自动备份</source>
        <translation>Daily automatic backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="64"/>
        <source>手动备份</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="65"/>
        <source>导入前备份</source>
        <translation>Backup before import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="66"/>
        <source>升级前备份</source>
        <translation>Backup before upgrade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="67"/>
        <source>恢复前备份</source>
        <translation>Backup before restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="68"/>
        <source>加密后首次备份</source>
        <translation>First backup after encryption</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="69"/>
        <source>备份说明文件已损坏：{name}</source>
        <translation>The backup&apos;s description file is damaged: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="70"/>
        <source>数据库已加密，请先登录后再备份</source>
        <translation>The database is encrypted: sign in before making a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="71"/>
        <source>备份失败：{exc}</source>
        <translation>The backup failed: {exc}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="72"/>
        <source>备份文件不存在：{path}</source>
        <translation>The backup file does not exist: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="73"/>
        <source>备份文件已损坏（校验值不符）：{name}</source>
        <translation>The backup file is damaged (checksum mismatch): {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="74"/>
        <source>这份备份已加密，需要密码才能检查</source>
        <translation>This backup is encrypted: a password is needed to check it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="75"/>
        <source>备份文件已损坏：{problem}</source>
        <translation>The backup file is damaged: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="76"/>
        <source>备份副本校验失败（数据库可能已损坏），未保存这份备份</source>
        <translation>The backup copy failed its check (the database may be damaged); this backup was not kept</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="77"/>
        <source>无法打开备份（{exc}）</source>
        <translation>Cannot open the backup ({exc})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="78"/>
        <source>备份文件已损坏：{exc}</source>
        <translation>The backup file is damaged: {exc}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="79"/>
        <source>数据库文件无法解密（密钥不符或文件已损坏）：{path}</source>
        <translation>The database file cannot be decrypted (wrong key or damaged file): {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="80"/>
        <source>不是未加密的数据库文件，无法加密：{path}</source>
        <translation>Not an unencrypted database file, cannot encrypt it: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="81"/>
        <source>加密后的数据库校验失败，原文件未改动</source>
        <translation>The encrypted database failed its check; the original file is unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="82"/>
        <source>数据库文件已损坏，不能加密。请先从备份恢复（kcbx restore）</source>
        <translation>The database file is damaged and cannot be encrypted. Restore it from a backup first (kcbx restore)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="88"/>
        <source>[{level}] {message}</source>
        <translation>[{level}] {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="122"/>
        <source>密码至少需要8位</source>
        <translation>The password needs at least 8 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="123"/>
        <source>密码太长（最多256位）</source>
        <translation>The password is too long (at most 256 characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="124"/>
        <source>密码太简单，请换一个不容易被猜到的密码</source>
        <translation>The password is too simple: choose one that is hard to guess</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="125"/>
        <source>恢复密钥格式不对：应为36个字母和数字（每4个一组）</source>
        <translation>The recovery key has the wrong form: it should be 36 letters and digits (in groups of 4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="126"/>
        <source>恢复密钥有误（校验不符），请逐组核对后重新输入</source>
        <translation>The recovery key is wrong (check mismatch): compare it group by group and enter it again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="173"/>
        <source>这份备份缺少密钥文件，无法打开</source>
        <translation>This backup has no key file and cannot be opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="174"/>
        <source>密码或恢复密钥不能打开这份备份</source>
        <translation>The password or recovery key does not open this backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="175"/>
        <source>未登录，无法检查</source>
        <translation>Not signed in, cannot check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="176"/>
        <source>这份备份用另一个密钥加密，请输入备份当时有效的密码或恢复密钥</source>
        <translation>This backup is encrypted with another key: enter the password or recovery key valid when it was made</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="177"/>
        <source>密钥与这份备份不符</source>
        <translation>The key does not match this backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="178"/>
        <source>文件已损坏或不是加密保存的密钥文件</source>
        <translation>The file is damaged or is not an encrypted key file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="179"/>
        <source>密码错误</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="180"/>
        <source>数据库已锁定或未登录，无法使用本机密钥</source>
        <translation>The database is locked or not signed in: this computer&apos;s key cannot be used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="181"/>
        <source>本机密钥的保护方式不受支持，请重新注册本机</source>
        <translation>This computer&apos;s key is protected in an unsupported way: register this computer again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="182"/>
        <source>本机密钥无法解开（与此数据库的密钥不符）</source>
        <translation>This computer&apos;s key cannot be unlocked (it does not match this database&apos;s key)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="183"/>
        <source>这个文件不是所需的密钥文件（用途不符）</source>
        <translation>This file is not the key file needed (wrong purpose)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="184"/>
        <source>用户名或密码错误</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="185"/>
        <source>用户名或密码错误（请等待 {wait} 秒后再试）</source>
        <translation>Wrong user name or password (wait {wait} seconds before trying again)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="186"/>
        <source>数据库已经加密并设置了账户，请直接登录</source>
        <translation>The database is already encrypted and has accounts: please sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="187"/>
        <source>数据库未加密，没有恢复密钥。请由县级管理员用 kcbx user reset 重设密码</source>
        <translation>The database is not encrypted and has no recovery key. Ask a county administrator to reset the password with kcbx user reset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="188"/>
        <source>恢复密钥不正确（不是这个数据库的恢复密钥）</source>
        <translation>Wrong recovery key (not the recovery key of this database)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="189"/>
        <source>原密码错误</source>
        <translation>The current password is wrong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="190"/>
        <source>不能降低自己的角色，请由另一位县级管理员操作</source>
        <translation>You cannot lower your own role: ask another county administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="191"/>
        <source>不能停用自己正在使用的账户</source>
        <translation>You cannot disable the account you are using</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="192"/>
        <source>数据库尚未加密，没有恢复密钥</source>
        <translation>The database is not encrypted yet and has no recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="193"/>
        <source>数据库已经加密</source>
        <translation>The database is already encrypted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="194"/>
        <source>数据库密钥不可用，请重新登录</source>
        <translation>The database key is not available: please sign in again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="195"/>
        <source>用户“{username}”不存在</source>
        <translation>User &quot;{username}&quot; does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="196"/>
        <source>已经设置过管理员账户，请直接登录</source>
        <translation>An administrator account is already set up: please sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="197"/>
        <source>该账户不存在或已被停用，请联系县级管理员</source>
        <translation>This account does not exist or is disabled: contact a county administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="198"/>
        <source>用户名“{username}”已存在</source>
        <translation>User name &quot;{username}&quot; already exists</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="199"/>
        <source>密码错误次数过多，请在 {seconds} 秒 后再试</source>
        <translation>Too many wrong passwords: try again in {seconds} seconds</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="200"/>
        <source>密码错误次数过多，请在 {minutes} 分钟 后再试</source>
        <translation>Too many wrong passwords: try again in {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="201"/>
        <source>姓名不能为空，最多40个字</source>
        <translation>The name must not be empty, at most 40 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="202"/>
        <source>已有名为“{display_name}”的用户，请加以区分（如“张伟（二中）”）</source>
        <translation>There is already a user named &quot;{display_name}&quot;: tell them apart (e.g. &quot;Zhang Wei (No. 2 School)&quot;)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="203"/>
        <source>用户“{username}”不存在或已停用</source>
        <translation>User &quot;{username}&quot; does not exist or is disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="204"/>
        <source>不能停用最后一个县级管理员账户</source>
        <translation>You cannot disable the last county administrator account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="127"/>
        <source>密钥文件已损坏或不是本程序的密钥文件：{why}</source>
        <translation>The key file is damaged or is not this program&apos;s key file: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="128"/>
        <source>用户名只能包含文字、数字、下划线、点和减号，最多32个字符</source>
        <translation>A user name may contain only letters, digits, underscores, dots and hyphens, at most 32 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="129"/>
        <source>文件为空或过大</source>
        <translation>the file is empty or too large</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="130"/>
        <source>缺少格式标记</source>
        <translation>the format mark is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="131"/>
        <source>密钥文件的版本不受支持（可能由更新版本的程序创建），请升级程序</source>
        <translation>The key file&apos;s version is not supported (perhaps made by a newer version of the program): please upgrade the program</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="132"/>
        <source>含有未知字段</source>
        <translation>it has unknown fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="133"/>
        <source>密钥编号无效</source>
        <translation>invalid key number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="134"/>
        <source>没有可用的解锁项</source>
        <translation>no usable unlock entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="135"/>
        <source>解锁项重复</source>
        <translation>duplicate unlock entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="136"/>
        <source>恢复密钥项重复</source>
        <translation>duplicate recovery key entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="137"/>
        <source>{what}无效</source>
        <translation>invalid {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="138"/>
        <source>{what}长度不对</source>
        <translation>{what} has the wrong length</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="139"/>
        <source>参数无效</source>
        <translation>invalid parameters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="140"/>
        <source>解锁项字段不对</source>
        <translation>wrong unlock entry fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="141"/>
        <source>算法参数无效</source>
        <translation>invalid algorithm parameters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="142"/>
        <source>盐值</source>
        <translation>salt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="143"/>
        <source>随机数</source>
        <translation>nonce</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="144"/>
        <source>密钥密文</source>
        <translation>wrapped key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="145"/>
        <source>找不到密钥文件：{path}</source>
        <translation>Key file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="146"/>
        <source>无法读取密钥文件（{strerror}）：{path}</source>
        <translation>Cannot read the key file ({strerror}): {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="147"/>
        <source>密钥文件已损坏，无法读取（{kind}）</source>
        <translation>The key file is damaged and cannot be read ({kind})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="148"/>
        <source>不是文本文件</source>
        <translation>not a text file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="149"/>
        <source>格式错误</source>
        <translation>wrong format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="150"/>
        <source>登录失败计数无效</source>
        <translation>invalid count of failed sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="151"/>
        <source>用户名无效</source>
        <translation>invalid user name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="152"/>
        <source>不支持的密码算法</source>
        <translation>unsupported password algorithm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="153"/>
        <source>未知的解锁项类型</source>
        <translation>unknown kind of unlock entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="154"/>
        <source>密码算法参数超出范围</source>
        <translation>password algorithm parameters out of range</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="155"/>
        <source>恢复密钥项无效</source>
        <translation>invalid recovery key entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="156"/>
        <source>审计员（只读）</source>
        <translation>Auditor (read-only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="157"/>
        <source>导出数据</source>
        <translation>export data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="158"/>
        <source>导入名册</source>
        <translation>import rolls</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="159"/>
        <source>同步数据</source>
        <translation>sync data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="160"/>
        <source>备份数据库</source>
        <translation>back up the database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="27"/>
        <source>从备份恢复</source>
        <translation>restore from a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="161"/>
        <source>管理用户</source>
        <translation>manage users</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="162"/>
        <source>修改县级设置</source>
        <translation>change county settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="34"/>
        <source>查看审计记录</source>
        <translation>view the audit trail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="35"/>
        <source>导出审计记录</source>
        <translation>export the audit trail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="33"/>
        <source>加密数据库</source>
        <translation>encrypt the database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="163"/>
        <source>修改数据</source>
        <translation>change data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="12"/>
        <source>设置</source>
        <translation>settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="13"/>
        <source>学生</source>
        <translation>students</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="14"/>
        <source>监护人</source>
        <translation>guardians</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="15"/>
        <source>学籍记录</source>
        <translation>enrolment records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="16"/>
        <source>案件</source>
        <translation>cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="164"/>
        <source>教师账户必须指定所在学校</source>
        <translation>A teacher&apos;s account must name the teacher&apos;s school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="165"/>
        <source>乡镇干部账户必须指定乡镇</source>
        <translation>A township cadre&apos;s account must name the township</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="166"/>
        <source>村干部账户必须指定村</source>
        <translation>A village cadre&apos;s account must name the village</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="167"/>
        <source>当前用户（{role}）无权{what}</source>
        <translation>The current user ({role}) may not {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="168"/>
        <source>修改数据（审计员为只读账户）</source>
        <translation>change data (an auditor&apos;s account is read-only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="169"/>
        <source>修改{table}</source>
        <translation>change {table}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="170"/>
        <source>新建{table}</source>
        <translation>create {table}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="171"/>
        <source>这条记录不在您负责的范围内（乡镇或学校），不能修改</source>
        <translation>This record is outside your area (township or school) and cannot be changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="172"/>
        <source>登记“{label}”</source>
        <translation>record &quot;{label}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="27"/>
        <source>（{entity}）</source>
        <translation> ({entity})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="28"/>
        <source>审计记录</source>
        <translation>audit records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="18"/>
        <source>工作记录</source>
        <translation>work records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="29"/>
        <source>设备 {device} 的签名段 {first}–{last}</source>
        <translation>Device {device}&apos;s signed segment {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="30"/>
        <source>本机的变更 {first}–{last} 已被删除</source>
        <translation>This computer&apos;s changes {first}–{last} have been deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="31"/>
        <source>{label}的签名无效（签名记录被改动）</source>
        <translation>{label}: the signature is invalid (the signature record was altered)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="32"/>
        <source>本机的签名段缺少 {expect_first}–{before}（签名记录被删除）</source>
        <translation>This computer&apos;s signed segments lack {expect_first}–{before} (signature records deleted)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="33"/>
        <source>变更 {op_id}{what}与签名不符（被改动）</source>
        <translation>Change {op_id}{what} does not match its signature (altered)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="34"/>
        <source>变更 {op_id}{what}的记录内容已被删除</source>
        <translation>The content of change {op_id}{what} has been deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="35"/>
        <source>{label}与前一段接不上（被替换）</source>
        <translation>{label} does not follow on from the previous segment (replaced)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="36"/>
        <source>本机的变更 {op_id} 已从变更日志中删除</source>
        <translation>This computer&apos;s change {op_id} has been deleted from the change log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="37"/>
        <source>合并后的状态变更不符合办理流程，请核对其状态变更记录</source>
        <translation>The merged state changes do not follow the procedure: check the case&apos;s state changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="38"/>
        <source>学籍</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="17"/>
        <source>一人一案</source>
        <translation>Case plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="48"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="49"/>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="50"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="39"/>
        <source>去向详情</source>
        <translation>Whereabouts details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="40"/>
        <source>行政包保责任人</source>
        <translation>Responsible official (administration)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="41"/>
        <source>教育包保责任人</source>
        <translation>Responsible official (education)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="42"/>
        <source>家庭情况</source>
        <translation>Family situation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="43"/>
        <source>原因分析</source>
        <translation>Analysis of causes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="44"/>
        <source>复学安置</source>
        <translation>Return placement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="45"/>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="46"/>
        <source>设置值</source>
        <translation>Setting value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="47"/>
        <source>删除标记</source>
        <translation>Deletion mark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="48"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="49"/>
        <source>务工地点</source>
        <translation>Place of work</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="50"/>
        <source>更正为：{day} {summary}（原因：{reason}）</source>
        <translation>Corrected to: {day} {summary} (reason: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="51"/>
        <source>{name}（{case_no}）{what}</source>
        <translation>{name} ({case_no}) {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="52"/>
        <source>{entity} {what} · {field}</source>
        <translation>{entity} {what} · {field}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="53"/>
        <source>作废（原因：{reason}）</source>
        <translation>Voided (reason: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="54"/>
        <source>请选择要保留的版本</source>
        <translation>Choose the version to keep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="55"/>
        <source>所选版本不属于该冲突</source>
        <translation>The chosen version does not belong to this conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="56"/>
        <source>两处同时更正同一条记录，需由县级用户审核决定保留哪一个</source>
        <translation>The same record was corrected in two places at once: a county user decides which correction to keep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="57"/>
        <source>所选版本不存在</source>
        <translation>The chosen version does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="58"/>
        <source>记录不存在</source>
        <translation>The record does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="59"/>
        <source>{event}：{message}</source>
        <translation>{event}: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="60"/>
        <source>找不到该待审核项（可能已被处理）</source>
        <translation>This review item cannot be found (perhaps it was already dealt with)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="59"/>
        <source>{name}（{case_no}）</source>
        <translation>{name} ({case_no})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="61"/>
        <source>请选择要保留的值</source>
        <translation>Choose the value to keep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="62"/>
        <source>本机</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="63"/>
        <source>审核：保留了另一处的更正</source>
        <translation>Review: the other correction was kept</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="64"/>
        <source>乡镇代码应为9位或12位数字：{code}</source>
        <translation>A township code has 9 or 12 digits: {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="65"/>
        <source>证书中的数据范围无效</source>
        <translation>The certificate&apos;s data scope is not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="66"/>
        <source>发送设备属于其他县（{county}），不是本县注册的设备</source>
        <translation>The sending device belongs to another county ({county}); it is not enrolled in this county</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="67"/>
        <source>设备注册证书的县级签名不符（证书被伪造或改动）</source>
        <translation>The county signature of the device certificate does not match (the certificate was forged or altered)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="68"/>
        <source>不是{what}：{path}</source>
        <translation>Not a {what}: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="69"/>
        <source>未知的设备角色：{role}（可选：{roles}）</source>
        <translation>Unknown device role: {role} (one of: {roles})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="70"/>
        <source>县级同步服务器不出具文书，不分配文书编号段</source>
        <translation>The county sync server issues no documents and gets no document number block</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="71"/>
        <source>文书编号段应为0到{top}之间的整数</source>
        <translation>The document number block is a whole number from 0 to {top}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="72"/>
        <source>注册申请文件的签名不符（文件被改动）</source>
        <translation>The enrolment request&apos;s signature does not match (the file was altered)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="73"/>
        <source>该设备的数据库属于其他县（{county}）</source>
        <translation>This device&apos;s database belongs to another county ({county})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="74"/>
        <source>注册申请中的设备编号无效</source>
        <translation>The device id in the enrolment request is not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="75"/>
        <source>不是注册文件</source>
        <translation>This is not an enrolment file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="76"/>
        <source>该注册文件不是为本机签发的（设备编号或密钥不符）</source>
        <translation>This enrolment file was not issued for this computer (device id or key does not match)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="77"/>
        <source>该注册文件不是为本机签发的（加密密钥不符）</source>
        <translation>This enrolment file was not issued for this computer (the encryption key does not match)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="78"/>
        <source>本机已注册到{county}，不能改注册到其他县</source>
        <translation>This computer is enrolled with {county} and cannot be enrolled with another county</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="79"/>
        <source>本机数据库属于其他县（{county}），与注册文件不符</source>
        <translation>This computer&apos;s database belongs to another county ({county}), not the one of the enrolment file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="80"/>
        <source>本机尚未注册到县教育局，不能收发同步包。请先导入县里签发的注册文件</source>
        <translation>This computer is not yet enrolled with the county education bureau and cannot send or receive sync bundles. Import the enrolment file the county issued first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="81"/>
        <source>这是本机自己的证书</source>
        <translation>This is this computer&apos;s own certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="82"/>
        <source>设备注册证书格式无效</source>
        <translation>The device certificate&apos;s format is not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="83"/>
        <source>设备注册证书缺少县级签名</source>
        <translation>The device certificate has no county signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="84"/>
        <source>无法读取{what}：{path}</source>
        <translation>Cannot read the {what}: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="85"/>
        <source>乡镇或学校设备必须限定数据范围（乡镇代码或学校）</source>
        <translation>A township or school device needs a data scope (township codes or schools)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="86"/>
        <source>注册申请文件内容不完整</source>
        <translation>The enrolment request is incomplete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="87"/>
        <source>无法读取设备证书：{path}</source>
        <translation>Cannot read the device certificate: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="88"/>
        <source>同步包使用了不支持的压缩方式：{method}</source>
        <translation>The sync bundle uses an unsupported compression: {method}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="89"/>
        <source>同步包至少需要一个接收设备</source>
        <translation>A sync bundle needs at least one receiving device</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="90"/>
        <source>这不是控辍保学同步包文件</source>
        <translation>This is not a kcbx sync bundle file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="91"/>
        <source>同步包文件不完整（可能在拷贝时被截断）</source>
        <translation>The sync bundle file is incomplete (perhaps cut off while copying)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="92"/>
        <source>同步包格式版本 {version} 比本程序支持的 {FORMAT_VERSION} 新，请先升级程序再导入</source>
        <translation>The sync bundle&apos;s format version {version} is newer than the {FORMAT_VERSION} this program supports: upgrade the program before importing it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="93"/>
        <source>同步包格式版本无效（文件已损坏）</source>
        <translation>Invalid sync bundle format version (the file is damaged)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="94"/>
        <source>这是旧版程序导出的同步包（格式版本 {version}），其中的变更无法证明来自哪台设备，已拒收。请发送方升级程序后重新导出：升级后它会把自己的全部变更签名后重新发送，不会丢失任何数据</source>
        <translation>This sync bundle was exported by an old version of the program (format version {version}); its changes cannot be proven to come from a device, so it was refused. Ask the sender to upgrade and export again: after the upgrade it signs and sends all its changes again, and no data is lost</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="95"/>
        <source>同步包文件末尾有多余内容（文件已损坏或被改动）</source>
        <translation>The sync bundle file has extra content at its end (damaged or altered)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="96"/>
        <source>该同步包不是发给本机的（接收设备：{names}）</source>
        <translation>This sync bundle is not addressed to this computer (receiving devices: {names})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="97"/>
        <source>同步包使用了不支持的加密方式：{cipher}</source>
        <translation>The sync bundle uses an unsupported encryption: {cipher}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="98"/>
        <source>同步包解压后超过允许的大小（{mb} MB，压缩比异常，可能是恶意构造的文件），已拒收</source>
        <translation>The sync bundle unpacks to more than the allowed size ({mb} MB; an abnormal compression ratio, perhaps a malicious file) and was refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="99"/>
        <source>同步包内容无法解压（文件已损坏）</source>
        <translation>The sync bundle&apos;s content cannot be unpacked (the file is damaged)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="100"/>
        <source>同步包文件头已损坏</source>
        <translation>The sync bundle&apos;s header is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="101"/>
        <source>无法解密同步包：它不是用本机密钥加密的，或文件已被改动</source>
        <translation>Cannot decrypt the sync bundle: it was not encrypted for this computer&apos;s key, or the file was altered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="102"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="103"/>
        <source>吊销设备需要县级私钥（县级密钥文件中没有私钥）</source>
        <translation>Revoking a device needs the county&apos;s private key (the county key file has none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="104"/>
        <source>同步包中的设备吊销记录没有县级有效签名（被伪造），已拒收</source>
        <translation>The device revocation in the sync bundle has no valid county signature (forged); refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="105"/>
        <source>同步包中的设备吊销记录格式无效</source>
        <translation>The device revocation in the sync bundle is not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="106"/>
        <source>请选择接收设备</source>
        <translation>Please choose the receiving devices</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="107"/>
        <source>一个同步包的接收设备必须属于同一数据范围，请分别导出</source>
        <translation>The receiving devices of one sync bundle must share one data scope; please export for each separately</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="108"/>
        <source>县级同步服务器的证书与注册文件中的不符，已停止同步（可能被冒充）</source>
        <translation>The county sync server&apos;s certificate does not match the enrolment file: sync stopped (someone may be posing as the server)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="109"/>
        <source>县级同步服务器 {url}</source>
        <translation>County sync server {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="110"/>
        <source>县级同步服务器拒绝了请求（{status}）：{message}</source>
        <translation>The county sync server refused the request ({status}): {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="111"/>
        <source>县级同步服务器拒绝了请求（{status}）</source>
        <translation>The county sync server refused the request ({status})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="112"/>
        <source>注册文件中没有县级同步服务器地址</source>
        <translation>The enrolment file has no county sync server address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="113"/>
        <source>县级同步服务器的回答无效（收件箱）</source>
        <translation>The county sync server&apos;s answer is not valid (inbox)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="114"/>
        <source>无法连接县级同步服务器（{error}）</source>
        <translation>Cannot connect to the county sync server ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="115"/>
        <source>已导入来自“{who}”的同步包：{ops} 项变更，其中新变更 {new_ops} 项</source>
        <translation>Imported the sync bundle from &quot;{who}&quot;: {ops} changes, {new_ops} of them new</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="116"/>
        <source>来自“{who}”的同步包已导入过，本次未做任何改动</source>
        <translation>The sync bundle from &quot;{who}&quot; was imported before; nothing was changed this time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="117"/>
        <source>另有 {security} 组变更因安全原因被拒收（见同步状态中的安全事件）</source>
        <translation>{security} groups of changes were refused for security reasons (see the security events under sync status)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="118"/>
        <source>本机尚未注册到县教育局，不能导入同步包。请先导入县里签发的注册文件</source>
        <translation>This computer is not yet enrolled with the county education bureau and cannot import sync bundles. Import the enrolment file the county issued first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="119"/>
        <source>发送设备未经县教育局注册（同步包没有设备证书），已拒收</source>
        <translation>The sending device is not enrolled with the county education bureau (the bundle has no device certificate); refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="120"/>
        <source>同步包的发送设备或所属县与证书不符（文件被改动）</source>
        <translation>The sync bundle&apos;s sending device or county does not match its certificate (the file was altered)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="121"/>
        <source>同步包签名无效：文件在传输中被改动或损坏，或不是由证书上的设备签名</source>
        <translation>The sync bundle&apos;s signature is invalid: the file was altered or damaged in transit, or not signed by the device on the certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="122"/>
        <source>这是本机自己导出的同步包，不需要导入</source>
        <translation>This sync bundle was exported by this computer itself and need not be imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="123"/>
        <source>同步包清单与内容不符（操作数不一致）</source>
        <translation>The sync bundle&apos;s manifest does not match its content (different number of changes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="124"/>
        <source>同步包清单与文件头不符（文件被改动）</source>
        <translation>The sync bundle&apos;s manifest does not match its header (the file was altered)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="125"/>
        <source>该同步包来自其他县（{county}），已拒收</source>
        <translation>This sync bundle comes from another county ({county}); refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="126"/>
        <source>该同步包不是发给本机的</source>
        <translation>This sync bundle is not addressed to this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="127"/>
        <source>同步包格式比本程序新，请先升级程序再导入</source>
        <translation>The sync bundle&apos;s format is newer than this program: upgrade the program before importing it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="128"/>
        <source>同步包清单缺少数据结构版本</source>
        <translation>The sync bundle&apos;s manifest lacks the data structure version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="129"/>
        <source>同步包来自更新版本的程序（数据结构版本 {theirs}，本机 {ours}），请先升级程序再导入</source>
        <translation>The sync bundle comes from a newer version of the program (data structure version {theirs}, this computer {ours}): upgrade the program before importing it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="130"/>
        <source>同步包清单中的序号范围无效</source>
        <translation>Invalid sequence range in the sync bundle&apos;s manifest</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="131"/>
        <source>无法读取同步包文件：{path}（{why}）</source>
        <translation>Cannot read the sync bundle file: {path} ({why})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="132"/>
        <source>{conflicts} 处修改冲突待县里审核</source>
        <translation>{conflicts} conflicting changes await the county&apos;s review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="133"/>
        <source>本机还没有同步密钥，请先生成注册申请</source>
        <translation>This computer has no sync key yet: make an enrolment request first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="134"/>
        <source>文件已存在：{path}。县级密钥只生成一次，请勿覆盖</source>
        <translation>The file already exists: {path}. The county key is made only once; do not overwrite it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="135"/>
        <source>不是县级密钥文件：{path}</source>
        <translation>Not a county key file: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="136"/>
        <source>文件内容无效（密钥编码错误）</source>
        <translation>Invalid file content (wrong key encoding)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="137"/>
        <source>本机密钥已加密保护，请先登录后再同步</source>
        <translation>This computer&apos;s key is encrypted: sign in before syncing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="138"/>
        <source>没有县级签发密钥的私钥部分，不能签发注册文件</source>
        <translation>Without the private part of the county signing key, enrolment files cannot be issued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="139"/>
        <source>无法读取县级密钥文件：{path}</source>
        <translation>Cannot read the county key file: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="140"/>
        <source>县级密钥文件已用密码保护，需要输入县级密钥的密码</source>
        <translation>The county key file is password-protected: enter the county key&apos;s password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="141"/>
        <source>仅在本机</source>
        <translation>Only on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="142"/>
        <source>已发出</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="143"/>
        <source>对方已确认</source>
        <translation>Confirmed by the other side</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="12"/>
        <source>同步包内容无效（{what}）</source>
        <translation>Invalid sync bundle content ({what})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="13"/>
        <source>设备编号</source>
        <translation>device numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="14"/>
        <source>操作列表</source>
        <translation>list of operations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="15"/>
        <source>时间戳</source>
        <translation>timestamps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="16"/>
        <source>附件内容缺失</source>
        <translation>attachment content missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="17"/>
        <source>字段值</source>
        <translation>field values</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="18"/>
        <source>{entity} 行数</source>
        <translation>number of {entity} rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="19"/>
        <source>{entity} 的列</source>
        <translation>columns of {entity}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="20"/>
        <source>操作格式</source>
        <translation>operation format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="21"/>
        <source>操作字段</source>
        <translation>operation fields</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="22"/>
        <source>{entity} 行</source>
        <translation>{entity} rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="23"/>
        <source>{entity} 行与操作不符</source>
        <translation>{entity} rows do not match their operations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="24"/>
        <source>未知的数据表 {entity}</source>
        <translation>unknown table {entity}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="25"/>
        <source>新建 {entity}</source>
        <translation>new {entity}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="26"/>
        <source>操作类型</source>
        <translation>operation kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="144"/>
        <source>同步包中的来源签名段格式无效</source>
        <translation>The origin signature segments in the sync bundle are malformed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="145"/>
        <source>发送设备“{device}”已被县教育局吊销（{day}），它此后导出的同步包一律拒收</source>
        <translation>The sending device &quot;{device}&quot; was revoked by the county education bureau ({day}); every bundle it exported since is refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="146"/>
        <source>同步包中的设备证书与设备编号不符（文件被伪造），已拒收</source>
        <translation>A device certificate in the sync bundle does not match its device number (the file is forged); refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="147"/>
        <source>同步包中同一条变更（{op}）出现两个不同版本（文件被伪造），已拒收</source>
        <translation>The sync bundle holds two different versions of one change ({op}) (the file is forged); refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="148"/>
        <source>同步包中设备 {device} 的变更没有附带它的注册证书，无法证明来源，已拒收</source>
        <translation>The changes of device {device} in the sync bundle come without its enrolment certificate, so their origin cannot be proven; refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="149"/>
        <source>同步包中设备“{device}”的签名段不完整（文件被改动），已拒收</source>
        <translation>A signature segment of device &quot;{device}&quot; in the sync bundle is incomplete (the file was altered); refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="150"/>
        <source>同步包中标为设备“{device}”的变更（{ops}）没有该设备的有效签名：它们是伪造的，已拒收整个同步包</source>
        <translation>The changes labelled as device &quot;{device}&quot; ({ops}) carry no valid signature of that device: they are forged, and the whole sync bundle is refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="151"/>
        <source>同步包中有标为设备 {device} 的变更（{op}）没有该设备的签名，无法证明来源，已拒收</source>
        <translation>A change labelled as device {device} ({op}) has no signature of that device, so its origin cannot be proven; refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="152"/>
        <source>同步包中设备 {device} 的注册证书无效（{why}），已拒收</source>
        <translation>The enrolment certificate of device {device} in the sync bundle is not valid ({why}); refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="153"/>
        <source>设备 {device} 已被吊销（{day}），其吊销后签名的变更 {ops} 已拒收</source>
        <translation>Device {device} was revoked ({day}); its changes {ops} signed after that are refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="154"/>
        <source>收到与已有变更编号相同但内容不同的变更（{ids}）：已保留原有的，拒收这些</source>
        <translation>Received changes with the numbers of changes already held but other contents ({ids}): the ones held are kept, these are refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="155"/>
        <source>清单缺失</source>
        <translation>manifest missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="156"/>
        <source>清单格式错误</source>
        <translation>manifest in a wrong format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="157"/>
        <source>同步包内容的校验值不符（文件已损坏或被改动）</source>
        <translation>The sync bundle content&apos;s checksum does not match (the file is damaged or altered)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="158"/>
        <source>正文缺失</source>
        <translation>body missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="159"/>
        <source>清单无法读取</source>
        <translation>manifest unreadable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="160"/>
        <source>来源签名</source>
        <translation>origin signatures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="161"/>
        <source>正文无法读取</source>
        <translation>body unreadable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="162"/>
        <source>附件校验值不符</source>
        <translation>attachment checksum mismatch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="163"/>
        <source>设备 {device} 已被吊销（{at}）；本机在得知吊销前收到的它吊销后签名的 {undone} 项变更（{label}）已撤销并隔离保存，供县里核查</source>
        <translation>Device {device} was revoked ({at}); the {undone} changes it signed after the revocation, received before this computer learned of it ({label}), were undone and kept in quarantine for the county to check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="164"/>
        <source>设备“{name}”（{role}）</source>
        <translation>Device &quot;{name}&quot; ({role})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="165"/>
        <source>{who}无权登记“{names}”（这是县教育局的决定），已拒收该同步包</source>
        <translation>{who} may not record &quot;{names}&quot; (a decision of the county education bureau); the sync bundle was refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="166"/>
        <source>同步包中含有{who}数据范围以外的学生记录（{outside} 名学生），已拒收。请联系县教育局核对该设备的数据范围</source>
        <translation>The sync bundle has student records outside the data scope of {who} ({outside} students); refused. Ask the county education bureau to check the device&apos;s scope</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="167"/>
        <source>同步包中设备 {device} 的变更没有它的注册证书，无法核对权限，已拒收</source>
        <translation>The bundle&apos;s changes from device {device} come without its enrolment certificate, so their rights cannot be checked; refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="168"/>
        <source>。已拒收该同步包</source>
        <translation>— the sync bundle was refused.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="169"/>
        <source>{who}：{event}（{event_id}）不符合办理规则：{message}</source>
        <translation>{who}: {event} ({event_id}) breaks a rule: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="170"/>
        <source>{kind} {day}</source>
        <translation>{kind} {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="181"/>
        <source>文件夹 {path}</source>
        <translation>Folder {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="182"/>
        <source>无法写入同步文件夹 {path}（{error}）</source>
        <translation>Cannot write to the sync folder {path} ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="183"/>
        <source>无法读取同步包 {name}（{error}）</source>
        <translation>Cannot read the sync bundle {name} ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="266"/>
        <source>县级同步服务器</source>
        <translation>County sync server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="171"/>
        <source>{where}：暂时连不上，连上网络后会自动同步</source>
        <translation>{where}: not reachable now; syncs automatically once the network is back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="172"/>
        <source>{where}：同步失败（{error}），稍后自动重试</source>
        <translation>{where}: sync failed ({error}); retries automatically later</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="173"/>
        <source>{where}：收到 {received} 个同步包（新变更 {new} 项）</source>
        <translation>{where}: received {received} sync bundles ({new} new changes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="174"/>
        <source>发出 {sent} 个同步包</source>
        <translation>sent {sent} sync bundles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="175"/>
        <source>正在导入第 {i}/{count} 个同步包</source>
        <translation>Importing sync bundle {i}/{count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="176"/>
        <source>正在为“{peer}”准备同步包</source>
        <translation>Preparing a sync bundle for &quot;{peer}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="177"/>
        <source>请选择同步文件夹（U盘或共享文件夹）</source>
        <translation>Choose a sync folder (a USB stick or a shared folder)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="178"/>
        <source>拒收 {refused} 个（已隔离）</source>
        <translation>refused {refused} (in quarantine)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="179"/>
        <source>{conflicts} 处修改冲突待审核</source>
        <translation>{conflicts} conflicting changes to review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/sync.py" line="180"/>
        <source>同步文件夹 {location}</source>
        <translation>Sync folder {location}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="348"/>
        <source>{start}—{end}学年秋季学期</source>
        <translation>Autumn term {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/domain.py" line="349"/>
        <source>{start}—{end}学年春季学期</source>
        <translation>Spring term {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="115"/>
        <source>{where}{col}：{tag}{reason}{shown}</source>
        <translation>{where}{col}: {tag}{reason}{shown}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="117"/>
        <source>第{row}行</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="118"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="119"/>
        <source>【提示】</source>
        <translation>[Note] </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="120"/>
        <source>（{value}）</source>
        <translation> ({value})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="121"/>
        <source>{col}列（{label}）</source>
        <translation>Column {col} ({label})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="122"/>
        <source>姓名为空</source>
        <translation>The name is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="123"/>
        <source>出生日期只有年月，按当月1日计</source>
        <translation>The birth date has only year and month; the 1st of the month is used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="124"/>
        <source>年级为空</source>
        <translation>The grade is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="125"/>
        <source>性别“{given}”与身份证号（{sex}）不一致</source>
        <translation>Sex &quot;{given}&quot; does not match the ID number ({sex})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="126"/>
        <source>出生日期 {given} 与身份证号中的 {in_id} 不一致</source>
        <translation>Birth date {given} does not match {in_id} in the ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="127"/>
        <source>身份证号和学籍号都为空，无法确认是哪个学生</source>
        <translation>Both the ID number and the student number are empty: the student cannot be identified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="128"/>
        <source>学校为空</source>
        <translation>The school is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="129"/>
        <source>乡镇“{township}”不在本县区划中</source>
        <translation>Township &quot;{township}&quot; is not among the county&apos;s divisions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="130"/>
        <source>村（社区）“{village}”在本县区划中找不到或有重名</source>
        <translation>Village (community) &quot;{village}&quot; is not found among the county&apos;s divisions, or the name is ambiguous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="56"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/store.py" line="57"/>
        <source>学籍号</source>
        <translation>Student number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="12"/>
        <source>正在保存 {count} 名新学生</source>
        <translation>Saving {count} new students</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="13"/>
        <source>正在导入第 {done} 行，共 {total} 行</source>
        <translation>Importing row {done} of {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="14"/>
        <source>已建立疑似辍学案件 {count} 件</source>
        <translation>{count} suspected-dropout cases opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="15"/>
        <source>{opened}；跳过 {count} 人：{why}{more}</source>
        <translation>{opened}; {count} people skipped: {why}{more}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="16"/>
        <source>请先选择要建立案件的比对结果</source>
        <translation>First choose the comparison results to open cases for</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="17"/>
        <source>由数据比对建立</source>
        <translation>Created by the data comparison</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="18"/>
        <source>请填写排除的原因</source>
        <translation>Enter the reason for setting them aside</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="24"/>
        <source>排除：{reason}</source>
        <translation>Set aside: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="19"/>
        <source>……</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="20"/>
        <source>数据比对发现：{reasons}</source>
        <translation>Found by the data comparison: {reasons}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="21"/>
        <source>比对结果 {seq} 不存在</source>
        <translation>Comparison result {seq} does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="22"/>
        <source>{name}已处理过</source>
        <translation>{name} was already dealt with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="23"/>
        <source>{name}已有未销号案件 {case_no}</source>
        <translation>{name} already has an open case {case_no}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="25"/>
        <source>学籍名册</source>
        <translation>School roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="26"/>
        <source>户籍名册</source>
        <translation>Household register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="27"/>
        <source>防返贫监测名单</source>
        <translation>Poverty-monitoring list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="28"/>
        <source>适龄儿童名单</source>
        <translation>School-age children list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="29"/>
        <source>学校标识码</source>
        <translation>School code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="30"/>
        <source>村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="31"/>
        <source>户籍地址</source>
        <translation>Household address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="32"/>
        <source>监护人电话</source>
        <translation>Guardian&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="33"/>
        <source>监护人身份证号</source>
        <translation>Guardian&apos;s ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="34"/>
        <source>户类型/监测类别</source>
        <translation>Household type / monitoring category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="35"/>
        <source>在校生状况</source>
        <translation>School attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="36"/>
        <source>与户主关系</source>
        <translation>Relation to the head of household</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="37"/>
        <source>户编号</source>
        <translation>Household number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="38"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="39"/>
        <source>{one}或{other}</source>
        <translation>{one} or {other}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="40"/>
        <source>适龄未在学</source>
        <translation>School-age, not at school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="41"/>
        <source>身份证号不一致（疑似同一人）</source>
        <translation>ID numbers differ (perhaps the same person)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="42"/>
        <source>在读但户籍名册中无</source>
        <translation>At school but not in the household register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="43"/>
        <source>待处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="44"/>
        <source>已建疑似辍学案件</source>
        <translation>Suspected-dropout case opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="45"/>
        <source>已排除</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="46"/>
        <source>{name}（身份证号 {id_number}，{where}）</source>
        <translation>{name} (ID number {id_number}, {where})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="47"/>
        <source>学籍中没有此人（按身份证号、姓名和出生日期都未找到）</source>
        <translation>Not in the school rosters (found neither by ID number nor by name and birth date)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="48"/>
        <source>比对日期 {on}，学籍学期 {term}；名单：{names}。
名单中共 {people} 人，其中义务教育适龄 {compulsory} 人：在读 {enrolled}，休学/延缓 {accounted}，已在台账 {in_ledger}；发现适龄未在学 {not_enrolled} 人，身份证号不一致 {id_conflict} 人，在读但户籍名册中无 {not_in_hukou} 人</source>
        <translation>Compared on {on}, roster term {term}; lists: {names}.
{people} people on the lists, {compulsory} of compulsory school age: {enrolled} at school, {accounted} suspended/deferred, {in_ledger} already in a ledger; found {not_enrolled} school-age not at school, {id_conflict} with differing ID numbers, {not_in_hukou} at school but not in the household register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="49"/>
        <source>正在读取学籍和学生数据</source>
        <translation>Reading the rosters and students</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="50"/>
        <source>正在读取名单</source>
        <translation>Reading the lists</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="51"/>
        <source>{school}{grade}</source>
        <translation>{school} {grade}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="52"/>
        <source>无本学期学籍</source>
        <translation>no enrolment this term</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="53"/>
        <source>{listed}在册</source>
        <translation>On {listed}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="54"/>
        <source>按出生日期 {birth} 应读{grade}</source>
        <translation>By birth date {birth} should be in {grade}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="55"/>
        <source>身份证号 {id_number} 在学籍中找不到，但学籍中有姓名和出生日期相同或相近的在读学生 {child}，可能是同一人，请核对身份证号</source>
        <translation>ID number {id_number} is not in the school rosters, but they have an enrolled student with the same or a similar name and birth date, {child}: perhaps the same person, check the ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="56"/>
        <source>在读学生（{school}{grade}），本县户籍名册中未找到；请核实户籍或是否空挂学籍</source>
        <translation>Enrolled student ({school} {grade}) not found in the county&apos;s household register: check the household registration, or whether the enrolment is only on paper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="57"/>
        <source>名单比对由乡镇或县教育局的账号进行：学校账号只能查看本校学生，无法判断名单上的人是否在别处就读</source>
        <translation>Lists are compared by township or county education bureau accounts: a school account sees only its own students and cannot tell whether a person on the lists is at school elsewhere</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="58"/>
        <source>还没有导入户籍、防返贫监测或适龄儿童名单，无法比对。请先导入名单</source>
        <translation>No household, poverty-monitoring or school-age list has been imported: nothing to compare. Import a list first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="59"/>
        <source>正在查找户籍名册中没有的在读学生</source>
        <translation>Looking for enrolled students missing from the household register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="60"/>
        <source>{kind}（{file} 第{row}行）</source>
        <translation>{kind} ({file}, row {row})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="61"/>
        <source>学籍状态为“{status}”（{school}{grade}）</source>
        <translation>Enrolment status &quot;{status}&quot; ({school} {grade})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="62"/>
        <source>系统中有该学生，但 {term} 学期没有学籍记录</source>
        <translation>The student is in the system but has no enrolment in term {term}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="63"/>
        <source>在读学生身份证号 {id_number} 不在户籍名册中，但户籍名册有姓名相近、出生日期相同的 {name}（身份证号 {other_id}；{sources}），可能是同一人，请核对身份证号</source>
        <translation>The enrolled student&apos;s ID number {id_number} is not in the household register, but it has {name} with a similar name and the same birth date (ID number {other_id}; {sources}): perhaps the same person, check the ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="64"/>
        <source>{kind}（{file}）</source>
        <translation>{kind} ({file})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="65"/>
        <source>正在比对第 {done} 人，共 {total} 人</source>
        <translation>Comparing person {done} of {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="66"/>
        <source>{kind}标注“{value}”</source>
        <translation>{kind} says &quot;{value}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="67"/>
        <source>学籍（{school}{grade}）</source>
        <translation>School roster ({school} {grade})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="68"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="69"/>
        <source>其他学校或乡镇已登记的学生（不在您的范围内，请与县里核对）</source>
        <translation>a student registered by another school or township (outside your scope: check with the county)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="70"/>
        <source>{kind}：{file}{sheet}，表头在第{rows}行</source>
        <translation>{kind}: {file}{sheet}, header in row {rows}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="71"/>
        <source>{head}
共 {rows} 行数据：可导入 {valid} 行，有错误未导入 {rejected} 行，提示 {warnings} 条；与系统中已有学生匹配 {matched} 人</source>
        <translation>{head}
{rows} data rows: {valid} can be imported, {rejected} with errors are not imported, {warnings} notes; {matched} match students already in the system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="72"/>
        <source>正在与系统中的学生匹配</source>
        <translation>Matching with the students in the system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="73"/>
        <source>已导入 {imported} 行（未导入有错误的 {rejected} 行）</source>
        <translation>{imported} rows imported ({rejected} rows with errors not imported)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="75"/>
        <source>正在读取文件：已读 {rows} 行</source>
        <translation>Reading the file: {rows} rows read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="77"/>
        <source>正在检查第 {done} 行，共 {total} 行</source>
        <translation>Checking row {done} of {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="80"/>
        <source>正在备份数据库</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="81"/>
        <source>正在保存名册数据</source>
        <translation>Saving the roster data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="82"/>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="83"/>
        <source>  {col}列 {label} → {target}</source>
        <translation>  Column {col} {label} → {target}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="84"/>
        <source>新建学生 {created} 人，更新 {updated} 人，无变化 {unchanged} 人；新建学籍记录 {enrolments_created} 条，更新 {enrolments_updated} 条</source>
        <translation>{created} new students, {updated} updated, {unchanged} unchanged; {enrolments_created} new enrolment records, {enrolments_updated} updated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="85"/>
        <source>与已有学生匹配 {matched} 人（其中更新 {updated} 人），未匹配 {unmatched} 人</source>
        <translation>{matched} matched existing students ({updated} of them updated), {unmatched} not matched</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="86"/>
        <source>导入前已备份数据库：{path}</source>
        <translation>The database was backed up before the import: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="87"/>
        <source>系统中的“{name}”</source>
        <translation>&quot;{name}&quot; in the system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="90"/>
        <source>（工作表“{sheet}”）</source>
        <translation> (sheet &quot;{sheet}&quot;)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="91"/>
        <source>新建学校 {count} 所</source>
        <translation>{count} new schools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="92"/>
        <source>与第{row}行对应系统中的同一名学生，本行按新学生处理</source>
        <translation>Matches the same student in the system as row {row}: this row is taken as a new student</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="93"/>
        <source>身份证号/学籍号对应{shown}，与名册姓名“{name}”不同，未修改姓名，请核实</source>
        <translation>The ID number / student number belongs to {shown}, not the roster&apos;s name &quot;{name}&quot;: the name was not changed, please check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="94"/>
        <source>按姓名和出生日期匹配到{shown}</source>
        <translation>Matched by name and birth date to {shown}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="95"/>
        <source>（无表头）</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="96"/>
        <source>文件“{name}”已损坏或不完整（可能没有下载或拷贝完整），无法读取。请重新导出或重新拷贝该文件（{detail}）</source>
        <translation>The file &quot;{name}&quot; is damaged or incomplete (perhaps not completely downloaded or copied) and cannot be read. Export or copy it again ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="97"/>
        <source>无法识别文件“{name}”的文字编码（既不是UTF-8，也不是GBK/GB18030），或者它不是文本表格。请在Excel/WPS中打开，另存为“CSV UTF-8”或Excel工作簿（.xlsx）后再导入</source>
        <translation>The text encoding of the file &quot;{name}&quot; is not recognised (neither UTF-8 nor GBK/GB18030), or it is not a text table. Open it in Excel/WPS, save it as &quot;CSV UTF-8&quot; or an Excel workbook (.xlsx), then import it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="98"/>
        <source>文件“{name}”是空的（0字节），没有可导入的内容</source>
        <translation>The file &quot;{name}&quot; is empty (0 bytes): nothing to import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="99"/>
        <source>文件“{name}”是旧版Excel（.xls）格式或设置了打开密码。请在Excel/WPS中打开后“另存为”Excel工作簿（.xlsx，不设密码）再导入</source>
        <translation>The file &quot;{name}&quot; is in the old Excel (.xls) format or has an opening password. Open it in Excel/WPS, &quot;Save as&quot; an Excel workbook (.xlsx, no password), then import it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="100"/>
        <source>文件“{name}”的工作表都是空的，没有可导入的数据</source>
        <translation>Every sheet of the file &quot;{name}&quot; is empty: no data to import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="101"/>
        <source>文件“{name}”中没有名为“{sheet}”的工作表（有：{sheets}）</source>
        <translation>The file &quot;{name}&quot; has no sheet named &quot;{sheet}&quot; (it has: {sheets})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="102"/>
        <source>文件“{name}”实际上是网页或XML格式（有的系统导出的“Excel”是网页表格）。请用Excel/WPS打开后另存为Excel工作簿（.xlsx）再导入</source>
        <translation>The file &quot;{name}&quot; is really a web page or XML (some systems export &quot;Excel&quot; as a web table). Open it in Excel/WPS, save it as an Excel workbook (.xlsx), then import it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="103"/>
        <source>文件“{name}”中没有数据</source>
        <translation>The file &quot;{name}&quot; has no data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="104"/>
        <source>找不到文件：{path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="105"/>
        <source>无法打开文件“{name}”：{error}</source>
        <translation>Cannot open the file &quot;{name}&quot;: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="106"/>
        <source>不是有效的xlsx文件</source>
        <translation>not a valid xlsx file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="107"/>
        <source>文件“{name}”不是Excel工作簿（.xlsx）</source>
        <translation>The file &quot;{name}&quot; is not an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="108"/>
        <source>文件“{name}”中没有工作表</source>
        <translation>The file &quot;{name}&quot; has no sheets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="109"/>
        <source>文件“{name}”只有 {count} 个工作表，没有第 {index} 个</source>
        <translation>The file &quot;{name}&quot; has only {count} sheets, no sheet {index}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="110"/>
        <source>文件“{name}”的CSV格式有错，无法读取（{error}）</source>
        <translation>The CSV format of the file &quot;{name}&quot; is wrong and cannot be read ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="111"/>
        <source>{member} 校验失败</source>
        <translation>{member} fails its check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="112"/>
        <source>文件“{name}”是Word文档，不是Excel表格</source>
        <translation>The file &quot;{name}&quot; is a Word document, not an Excel table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="113"/>
        <source>工作表“{sheet}”是空的，没有可导入的数据</source>
        <translation>The sheet &quot;{sheet}&quot; is empty: no data to import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="114"/>
        <source>工作表“{sheet}”：{error}</source>
        <translation>sheet &quot;{sheet}&quot;: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="131"/>
        <source>身份证号和出生日期都为空，无法比对</source>
        <translation>Both the ID number and the birth date are empty: cannot match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="132"/>
        <source>学校“{school}”不在本县学校名单中，导入时将新建该学校</source>
        <translation>School &quot;{school}&quot; is not in the county&apos;s school list; it will be created by the import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="133"/>
        <source>与第{first}行的身份证号重复，本行未导入</source>
        <translation>Same ID number as row {first}; this row is not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="134"/>
        <source>与第{first}行的学籍号重复，本行未导入</source>
        <translation>Same student number as row {first}; this row is not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="135"/>
        <source>G字头学籍号与身份证号不一致</source>
        <translation>The G student number does not match the ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="136"/>
        <source>没有身份证号，只能按姓名和出生日期比对</source>
        <translation>No ID number: matched by name and birth date only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="137"/>
        <source>与第{first}行姓名和出生日期相同（都没有身份证号），请核实是否重复</source>
        <translation>Same name and birth date as row {first} (neither has an ID number): check whether it is a duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="138"/>
        <source>身份证号在表格中被存成了数字（显示为 {shown}），最后几位已经丢失，无法使用。请在Excel/WPS中把该列设为“文本”格式后重新录入</source>
        <translation>The ID number was stored as a number in the sheet (shown as {shown}); its last digits are lost and it cannot be used. Set the column to &quot;Text&quot; format in Excel/WPS and enter it again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="139"/>
        <source>日期“{raw}”格式无法识别（可写作 2012-03-05、2012.3.5、2012年3月5日 或 20120305）</source>
        <translation>Date &quot;{raw}&quot; cannot be read (write it as 2012-03-05, 2012.3.5, 2012年3月5日 or 20120305)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="140"/>
        <source>性别“{given}”应为“男”或“女”</source>
        <translation>Sex &quot;{given}&quot; should be 男 (male) or 女 (female)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="141"/>
        <source>年级“{given}”无法识别（可写作 一年级、初一、七年级 或 1–9）</source>
        <translation>Grade &quot;{given}&quot; cannot be read (write it as 一年级, 初一, 七年级 or 1–9)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="142"/>
        <source>学籍状态“{given}”无法识别（如 在读、休学、转出、毕业）</source>
        <translation>Enrolment status &quot;{given}&quot; cannot be read (e.g. 在读, 休学, 转出, 毕业)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="143"/>
        <source>残疾类别“{given}”无法识别</source>
        <translation>Disability category &quot;{given}&quot; cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="144"/>
        <source>身份证号格式错误</source>
        <translation>The ID number has a wrong format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="145"/>
        <source>日期“{raw}”不合理</source>
        <translation>Date &quot;{raw}&quot; is not plausible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="146"/>
        <source>日期格式无法识别</source>
        <translation>The date format cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="147"/>
        <source>日期“{raw}”格式无法识别</source>
        <translation>Date &quot;{raw}&quot; cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="148"/>
        <source>年级“{given}”不是义务教育年级</source>
        <translation>Grade &quot;{given}&quot; is not a compulsory-education grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="149"/>
        <source>民族“{given}”不在民族代码表中</source>
        <translation>Ethnicity &quot;{given}&quot; is not in the ethnicity code list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="150"/>
        <source>电话“{given}”格式不对</source>
        <translation>Phone &quot;{given}&quot; has a wrong format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="151"/>
        <source>日期“{raw}”不是真实的日期</source>
        <translation>Date &quot;{raw}&quot; is not a real date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="12"/>
        <source>正在汇总案件记录</source>
        <translation>Summing up the case records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="13"/>
        <source>正在分类统计</source>
        <translation>Counting by category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="14"/>
        <source>正在整理在册名单</source>
        <translation>Listing the registered students</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="15"/>
        <source>正在整理仍未返校名单</source>
        <translation>Listing the students not yet back at school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="16"/>
        <source>正在计算月度趋势</source>
        <translation>Computing the monthly trend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="17"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="18"/>
        <source>本学期</source>
        <translation>This term</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="19"/>
        <source>本学年</source>
        <translation>This school year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="20"/>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="21"/>
        <source>正在读取台账</source>
        <translation>Reading the ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="22"/>
        <source>正在写入Excel文件</source>
        <translation>Writing the Excel file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="23"/>
        <source>台账中没有可导出的案件</source>
        <translation>The ledger has no cases to export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="24"/>
        <source>本次比对没有发现需要核实的人员</source>
        <translation>This comparison found no one to check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="25"/>
        <source>正在整理第 {i} 件，共 {n} 件</source>
        <translation>Preparing case {i} of {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="26"/>
        <source>（未填责任人）</source>
        <translation>(no person responsible)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="27"/>
        <source>在办案件</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="28"/>
        <source>在册辍学</source>
        <translation>Registered dropouts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="29"/>
        <source>逾期未走访</source>
        <translation>Visit overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="30"/>
        <source>无一人一案</source>
        <translation>Without case plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="31"/>
        <source>方案逾期</source>
        <translation>Plan overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="32"/>
        <source>挂牌督战</source>
        <translation>Priority region</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="33"/>
        <source>本学年复学</source>
        <translation>Returned this school year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="34"/>
        <source>劝返率</source>
        <translation>Return rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="35"/>
        <source>目标劝返率</source>
        <translation>Target return rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="36"/>
        <source>目标劝返人数</source>
        <translation>Target returns</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="37"/>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="38"/>
        <source>完成情况</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="39"/>
        <source>未制定</source>
        <translation>Not made</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="40"/>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="41"/>
        <source>逾期未达标</source>
        <translation>Not met, deadline passed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="42"/>
        <source>未达标</source>
        <translation>Not met yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="43"/>
        <source>（乡镇未填）</source>
        <translation>(no township)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="44"/>
        <source>截至{day}</source>
        <translation>As of {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="45"/>
        <source>单位：人</source>
        <translation>Unit: persons</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="46"/>
        <source>行政线</source>
        <translation>Government line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="47"/>
        <source>教育线</source>
        <translation>Education line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="48"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="49"/>
        <source>逾期未走访：未销号且下次走访日期已过；无一人一案：已确认辍学或劝返中而没有工作方案；方案逾期：工作方案的完成时限已过仍未复学。</source>
        <translation>Visit overdue: an open case whose next visit date has passed; without case plan: a confirmed dropout or a case in persuasion without a case plan; plan overdue: the case plan deadline has passed and the student has not returned.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="50"/>
        <source>劝返率：{year}开始至报告日，复学 ÷（期初在册 + 新增）。目标与责任人取自县控辍保学工作方案（一县一案）。</source>
        <translation>Return rate: from the start of {year} to the report date, returned ÷ (registered at start + new). Targets and people responsible come from the county plan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="51"/>
        <source>责任线</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="52"/>
        <source>每个案件按行政线和教育线两位包保责任人分别计入，两线之和是合计的两倍。</source>
        <translation>Each case counts once for each of its two people responsible (government line and education line): the two lines add up to twice the total.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="53"/>
        <source>按乡镇</source>
        <translation>By township</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="54"/>
        <source>{county}控辍保学督导情况表（按乡镇）</source>
        <translation>{county} dropout prevention oversight (by township)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="55"/>
        <source>按包保责任人</source>
        <translation>By person responsible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="56"/>
        <source>{county}控辍保学督导情况表（按包保责任人）</source>
        <translation>{county} dropout prevention oversight (by person responsible)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="57"/>
        <source>其他（乡镇未填）</source>
        <translation>Other (no township)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="58"/>
        <source>无法写入“{name}”：文件可能正在被其他程序打开，请关闭后重试</source>
        <translation>Cannot write &quot;{name}&quot;: the file may be open in another program; close it and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="59"/>
        <source>无法写入“{path}”：{why}</source>
        <translation>Cannot write &quot;{path}&quot;: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="60"/>
        <source>{year}年第一季度</source>
        <translation>Q1 {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="61"/>
        <source>{year}年第二季度</source>
        <translation>Q2 {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="62"/>
        <source>{year}年第三季度</source>
        <translation>Q3 {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="63"/>
        <source>{year}年第四季度</source>
        <translation>Q4 {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="64"/>
        <source>{start}至{end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="65"/>
        <source>{year}年{month}月</source>
        <translation>{year}-{month:02d}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="66"/>
        <source>统计时段“{s}”无法识别。可写作：2026-11（月）、2026-Q4（季度）、2026-2027-1（学期）、2026-2027（学年）、2026（年）或 2026-09-01..2026-09-30</source>
        <translation>Period &quot;{s}&quot; cannot be read. Write it as 2026-11 (month), 2026-Q4 (quarter), 2026-2027-1 (term), 2026-2027 (school year), 2026 (year) or 2026-09-01..2026-09-30</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="67"/>
        <source>{term}开学</source>
        <translation>start of {term}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="68"/>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="69"/>
        <source>月份“{s}”不对，应为 1–12 月</source>
        <translation>Month &quot;{s}&quot; is wrong: it should be 1–12</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="70"/>
        <source>统计时段的结束日期早于开始日期</source>
        <translation>The period ends before it starts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="71"/>
        <source>统计时段“{s}”中的日期不对</source>
        <translation>Period &quot;{s}&quot; has a wrong date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="72"/>
        <source>未知的报表类别“{kind}”</source>
        <translation>Unknown kind of report &quot;{kind}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="73"/>
        <source>输出文件的扩展名应为 .xlsx 或 .pdf</source>
        <translation>The output file should end in .xlsx or .pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="74"/>
        <source>未填</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="75"/>
        <source>家庭类型</source>
        <translation>Family type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="76"/>
        <source>残疾情况</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="77"/>
        <source>复学安置方式</source>
        <translation>Placement on return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="78"/>
        <source>一般家庭</source>
        <translation>Other families</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="79"/>
        <source>{start}—{end}学年新增辍学 {dropouts} 人 ÷ 学年初在校生 {enrolled} 人</source>
        <translation>new dropouts in school year {start}–{end}: {dropouts} ÷ enrolled at the start of the year: {enrolled}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="80"/>
        <source>期初</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="81"/>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="82"/>
        <source>复学</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="83"/>
        <source>转学核实</source>
        <translation>Transfer verified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="84"/>
        <source>超龄/其他</source>
        <translation>Over age/other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="85"/>
        <source>期末</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="86"/>
        <source>脱贫家庭（建档立卡）</source>
        <translation>Registered poor family</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="87"/>
        <source>防返贫监测户</source>
        <translation>Poverty-relapse monitored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="88"/>
        <source>低保家庭</source>
        <translation>Minimum living allowance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="89"/>
        <source>{label}：{value}（{note}）</source>
        <translation>{label}: {value} ({note})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="90"/>
        <source>没有 {term} 学期的学籍数据</source>
        <translation>No enrolment data for term {term}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="91"/>
        <source>辍学率</source>
        <translation>Dropout rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="92"/>
        <source>本学年劝返率</source>
        <translation>Return rate this school year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="93"/>
        <source>本学年新增辍学 {dropped} 人中已复学 {returned} 人</source>
        <translation>{returned} of the {dropped} new dropouts this school year have returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="94"/>
        <source>本期劝返率</source>
        <translation>Return rate this period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="95"/>
        <source>复学 {returned} 人 ÷（期初 {opening} + 新增 {new}）人</source>
        <translation>{returned} returned ÷ ({opening} at start + {new} new)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="96"/>
        <source>巩固率</source>
        <translation>Retention rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="97"/>
        <source>{start}—{end}学年九年级 {finishing} 人 ÷ {first}—{next}学年一年级 {entered} 人</source>
        <translation>grade 9 in {start}–{end}: {finishing} ÷ grade 1 in {first}–{next}: {entered}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="98"/>
        <source>{label}：—（{note}）</source>
        <translation>{label}: — ({note})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="99"/>
        <source>没有该届学生 {first}—{next}学年一年级的学籍数据</source>
        <translation>No enrolment data for this cohort in grade 1 ({first}–{next})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="100"/>
        <source>未复学</source>
        <translation>Not returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="101"/>
        <source>挂牌督战地区</source>
        <translation>Priority regions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="102"/>
        <source>其他地区</source>
        <translation>Other regions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="103"/>
        <source>非残疾</source>
        <translation>Not disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="104"/>
        <source>无数据</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/reports.py" line="105"/>
        <source>无法写入“{name}”：文件可能正在Excel/WPS中打开，请关闭后重试</source>
        <translation>Cannot write &quot;{name}&quot;: the file may be open in Excel/WPS; close it and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="74"/>
        <source>名册类别应为 {kinds}</source>
        <translation>The roll kind should be {kinds}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="76"/>
        <source>没有找到必需的列：{missing}。表头（第{row}行）中的列为：{found}。请在列对应关系中指定</source>
        <translation>Required columns not found: {missing}. The header (row {row}) has: {found}. Assign them in the column mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="78"/>
        <source>表头（第{row}行）下面没有数据行</source>
        <translation>There are no data rows below the header (row {row})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="79"/>
        <source>没有可导入的行（所有行都有错误），未导入任何数据</source>
        <translation>No row can be imported (every row has errors); nothing was imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="88"/>
        <source>表头中没有“{where}”这一列</source>
        <translation>The header has no column &quot;{where}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="89"/>
        <source>未知的字段“{key}”</source>
        <translation>Unknown field &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/intake.py" line="116"/>
        <source>第{row}行：{exc}（整个名册未导入）</source>
        <translation>Row {row}: {exc} (the whole roll was not imported)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="83"/>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="84"/>
        <source>注意</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="85"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="43"/>
        <source>设备</source>
        <translation>devices</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="19"/>
        <source>审计</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="20"/>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="21"/>
        <source>登录</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="22"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="23"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="24"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="25"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="26"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="28"/>
        <source>新建用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="29"/>
        <source>修改/重设密码</source>
        <translation>Change/reset password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="30"/>
        <source>修改用户角色</source>
        <translation>Change user role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="31"/>
        <source>停用用户</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="32"/>
        <source>生成新的恢复密钥</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="36"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="37"/>
        <source>更正记录</source>
        <translation>Correct a record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="38"/>
        <source>作废记录</source>
        <translation>Void a record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="39"/>
        <source>新建</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="40"/>
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="41"/>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="42"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="44"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="45"/>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="46"/>
        <source>记录编号</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="47"/>
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="48"/>
        <source>此前密码错误次数</source>
        <translation>Wrong passwords before</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="49"/>
        <source>首次设置</source>
        <translation>First set-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="50"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="51"/>
        <source>范围</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="52"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="53"/>
        <source>条数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="54"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="55"/>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="56"/>
        <source>备份时间</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="57"/>
        <source>管理员重设</source>
        <translation>Reset by an administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="58"/>
        <source>原记录</source>
        <translation>Original record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="59"/>
        <source>记录类型</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="60"/>
        <source>{label}：{value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="61"/>
        <source>登记 {kind}</source>
        <translation>Record {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="62"/>
        <source>修改 {entity}·{field}</source>
        <translation>Change {entity} · {field}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="86"/>
        <source>变更日志</source>
        <translation>change log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="87"/>
        <source>数据库：{path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="89"/>
        <source>文件已损坏</source>
        <translation>the file is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="90"/>
        <source>最近的备份：{label}。可以从备份恢复。</source>
        <translation>Latest backup: {label}. You can restore from it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="91"/>
        <source>没有找到这个数据库的备份。</source>
        <translation>No backup of this database was found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="92"/>
        <source>数据库文件已损坏，无法正常打开：{problem}
{hint}</source>
        <translation>The database file is damaged and cannot be opened normally: {problem}
{hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="93"/>
        <source>数据库文件不存在</source>
        <translation>The database file does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="94"/>
        <source>数据库文件是空的（0字节），内容已丢失</source>
        <translation>The database file is empty (0 bytes); its content is lost</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="95"/>
        <source>数据库尚未加密完成（上次加密被中断），登录后会自动完成加密</source>
        <translation>The database&apos;s encryption is unfinished (the last encryption was interrupted); it is finished automatically after sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="96"/>
        <source>文件长度（{size}字节）不是页大小的整数倍：文件被截断或写坏</source>
        <translation>The file length ({size} bytes) is not a whole number of pages: the file was cut off or badly written</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="97"/>
        <source>数据库无法打开</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="98"/>
        <source>记录之间的引用完整（没有指向不存在记录的数据）</source>
        <translation>The references between records are complete (no data points to a missing record)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="99"/>
        <source>{table}中有 {n} 条记录引用了不存在的{parent}（可能是同步尚未收齐，或数据被误删）</source>
        <translation>{n} records in {table} refer to missing {parent} (perhaps sync is not complete yet, or data was deleted by mistake)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="100"/>
        <source>数据库结构版本 {version} 比本程序支持的 {latest} 新：请升级程序</source>
        <translation>The database structure version {version} is newer than the {latest} this program supports: please upgrade the program</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="101"/>
        <source>有 {missing} 个结构升级步骤尚未执行（打开程序时会自动执行，并先做备份）</source>
        <translation>{missing} structure upgrade steps have not run yet (they run automatically when the program opens it, after a backup)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="102"/>
        <source>数据库结构为最新（版本 {version}）</source>
        <translation>The database structure is up to date (version {version})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="103"/>
        <source>缺少数据表：{tables}</source>
        <translation>Missing tables: {tables}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="104"/>
        <source>审计记录的防篡改保护（触发器）被删除</source>
        <translation>The audit trail&apos;s tamper protection (triggers) was removed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="105"/>
        <source>缺少本机设备编号（首次打开时会自动生成）</source>
        <translation>This computer&apos;s device number is missing (it is made automatically on first opening)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="106"/>
        <source>上次加密没有完成，留有临时文件；登录后会自动处理</source>
        <translation>The last encryption did not finish and left temporary files; they are handled automatically after sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="107"/>
        <source>结论：数据库文件有损坏。请从最近的完好备份恢复（kcbx restore --db 文件）。</source>
        <translation>Conclusion: the database file is damaged. Restore it from the latest good backup (kcbx restore --db FILE).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="108"/>
        <source>数据库已加密，需要密码才能检查</source>
        <translation>The database is encrypted: a password is needed to check it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="109"/>
        <source>文件开头不是数据库的格式：文件已损坏、被覆盖，或不是本程序的数据库</source>
        <translation>The file does not start like a database: it is damaged, overwritten, or not this program&apos;s database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="110"/>
        <source>数据库无法解密：文件已损坏（开头被改写或截断），或与密钥文件不配套</source>
        <translation>The database cannot be decrypted: the file is damaged (its start rewritten or cut off), or it does not belong with the key file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="111"/>
        <source>无法打开数据库：{exc}</source>
        <translation>Cannot open the database: {exc}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="112"/>
        <source>文件比数据库记录的长度短（{size} &lt; {expected}字节）：文件被截断，后面的数据丢失</source>
        <translation>The file is shorter than the database records ({size} &lt; {expected} bytes): the file was cut off and the data after that is lost</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="113"/>
        <source>数据库结构无法读取：{exc}</source>
        <translation>The database structure cannot be read: {exc}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="114"/>
        <source>发现 {problems} 处结构损坏，例如：{first}</source>
        <translation>Found {problems} damaged structures, e.g.: {first}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="115"/>
        <source>检查时读到损坏的数据：{exc}</source>
        <translation>Damaged data was read during the check: {exc}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="116"/>
        <source>检查时出错：{exc}</source>
        <translation>The check failed: {exc}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="117"/>
        <source>审计记录防篡改保护有效</source>
        <translation>The audit trail&apos;s tamper protection is in place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="118"/>
        <source>结论：数据库可以使用，但有需要注意的问题（见上）。</source>
        <translation>Conclusion: the database can be used, but has problems to note (see above).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="119"/>
        <source>结论：数据库完好。</source>
        <translation>Conclusion: the database is intact.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="120"/>
        <source>页面和索引结构检查通过</source>
        <translation>Pages and index structure passed the check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/security.py" line="121"/>
        <source>完整性检查通过</source>
        <translation>The integrity check passed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/core.py" line="12"/>
        <source>县控辍保学工作方案（一县一案）</source>
        <translation>the county plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/core.py" line="13"/>
        <source>当前用户（{role}）不是县级账户，不能查看县级督导信息</source>
        <translation>The current user ({role}) is not a county account and cannot see the county oversight</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/core.py" line="14"/>
        <source>当前用户（{role}）无权修改{what}，只有县级管理员可以修改</source>
        <translation>The current user ({role}) may not change {what}; only a county administrator may</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/core.py" line="15"/>
        <source>该乡镇在本学年的工作方案中没有目标</source>
        <translation>This township has no target in this school year&apos;s plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/core.py" line="16"/>
        <source>{township}：学年不一致</source>
        <translation>{township}: the school year does not match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/core.py" line="17"/>
        <source>{township}出现了两次</source>
        <translation>{township} appears twice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/core.py" line="18"/>
        <source>“{code}”不是本县的乡镇或村的区划代码</source>
        <translation>&quot;{code}&quot; is not the division code of a township or village of this county</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/core.py" line="19"/>
        <source>案件不存在，或不在您负责的范围内（乡镇或学校）</source>
        <translation>The case does not exist or is not in your area (township or school)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/core.py" line="20"/>
        <source>学生不存在，或不在您负责的范围内（乡镇或学校）</source>
        <translation>The student does not exist or is not in your area (township or school)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/core.py" line="21"/>
        <source>案件 {case_no}&#x3000;{name}</source>
        <translation>Case {case_no}  {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/core.py" line="22"/>
        <source>数据库没有文件路径，不能在后台打开</source>
        <translation>The database has no file path; it cannot be opened in the background</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/core.py" line="23"/>
        <source>当前用户（{role}）无权修改数据（审计员为只读账户）</source>
        <translation>The current user ({role}) may not change data (the auditor account is read-only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/core.py" line="24"/>
        <source>找不到案件“{case}”，或不在您负责的范围内（乡镇或学校）</source>
        <translation>Case &quot;{case}&quot; not found, or not in your area (township or school)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/core.py" line="25"/>
        <source>监护人记录不属于该学生</source>
        <translation>The guardian record does not belong to this student</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="12"/>
        <source>请在案件页“修改学生信息…”中填写</source>
        <translation>fill it in on the case page under &quot;Correct the student&apos;s record…&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="13"/>
        <source>请在案件页“修改学生信息…”的监护人一栏填写</source>
        <translation>fill in the guardian on the case page under &quot;Correct the student&apos;s record…&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="14"/>
        <source>学生姓名</source>
        <translation>Student&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="15"/>
        <source>学生性别</source>
        <translation>Student&apos;s sex</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="16"/>
        <source>学生出生日期</source>
        <translation>Student&apos;s birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="17"/>
        <source>学生身份证号</source>
        <translation>Student&apos;s ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="18"/>
        <source>户籍地</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="19"/>
        <source>就读学校</source>
        <translation>School attended</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="20"/>
        <source>辍学日期</source>
        <translation>Dropout date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="21"/>
        <source>请在案件页“辍学信息”中填写</source>
        <translation>fill it in on the case page with the case&apos;s dropout details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="22"/>
        <source>监护人与学生的关系</source>
        <translation>Guardian&apos;s relation to the student</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="23"/>
        <source>监护人住址</source>
        <translation>Guardian&apos;s address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="24"/>
        <source>责令改正通知书的送达日期</source>
        <translation>Date the order to return was served</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="25"/>
        <source>请先出具并送达责令改正通知书</source>
        <translation>issue and serve the order to return first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="26"/>
        <source>责令改正通知书文号</source>
        <translation>Number of the order to return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="27"/>
        <source>责令改正通知书的出具机关</source>
        <translation>Issuer of the order to return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="28"/>
        <source>责令改正的期限</source>
        <translation>Deadline of the order to return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="29"/>
        <source>行政处罚决定书的日期</source>
        <translation>Date of the penalty decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="30"/>
        <source>请先出具行政处罚决定书</source>
        <translation>issue the penalty decision first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="31"/>
        <source>行政处罚决定书文号</source>
        <translation>Number of the penalty decision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="32"/>
        <source>请在出具时填写罚款金额（命令行 --amount），或在县设置 forms.penalty 中设定默认金额</source>
        <translation>fill in the fine when issuing (command line --amount), or set a default amount in the county setting forms.penalty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="33"/>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="34"/>
        <source>请在县设置 forms.articles / forms.basis 中填写</source>
        <translation>fill it in in the county settings forms.articles / forms.basis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="35"/>
        <source>限期日期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="36"/>
        <source>请在出具时填写限期日期</source>
        <translation>fill in the deadline when issuing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="37"/>
        <source>此文书需要选择一个案件</source>
        <translation>This document needs a case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="38"/>
        <source>请在案件信息中填写</source>
        <translation>fill it in in the case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="39"/>
        <source>“{title}”不是按案件出具的文书，不能批量打印</source>
        <translation>&quot;{title}&quot; is not issued per case and cannot be printed in a batch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="40"/>
        <source>没有符合条件的案件</source>
        <translation>No case matches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="41"/>
        <source>案件不存在或已被删除</source>
        <translation>The case does not exist or was deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="42"/>
        <source>案件对应的学生记录不存在</source>
        <translation>The case&apos;s student record does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="43"/>
        <source>找不到案件“{case_no_or_id}”</source>
        <translation>Case &quot;{case_no_or_id}&quot; not found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="44"/>
        <source>该案件不在您的工作范围内（其他乡镇或学校的学生），不能打印其文书</source>
        <translation>This case is not in your area (a student of another township or school); its documents cannot be printed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="45"/>
        <source>“{title}”中有字库没有的字：{listed}。这些字会打印成方框中的编码，文书未生成。请核对姓名、地址是否录入有误；如确需打印后手写，请加 --allow-missing-glyphs</source>
        <translation>&quot;{title}&quot; has characters the font lacks: {listed}. They would print as codes in boxes; the document was not made. Check the names and addresses for typing errors; to print anyway and write them by hand, add --allow-missing-glyphs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="46"/>
        <source>这不是本系统打印的文书二维码</source>
        <translation>This is not the QR code of a document printed by this system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="47"/>
        <source>“{title}”缺少以下信息，暂不能出具：
{lines}</source>
        <translation>&quot;{title}&quot; cannot be issued yet; it lacks:
{lines}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="48"/>
        <source>{title}是编号文书：请先预览样稿，再出具（编号并存档）后打印</source>
        <translation>{title} is a numbered document: preview the draft first, then issue it (numbered and filed) and print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="49"/>
        <source>文书内容快照尚未同步到本机，暂时无法重印</source>
        <translation>The document&apos;s content has not been synced to this computer yet; it cannot be reprinted now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="50"/>
        <source>找不到该文书（可能尚未同步到本机）</source>
        <translation>Document not found (perhaps not synced to this computer yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="51"/>
        <source>没有名为“{template_id}”的文书模板。可用模板：{names}</source>
        <translation>No document template &quot;{template_id}&quot;. Templates: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="52"/>
        <source>“{title}”需要选择一个案件</source>
        <translation>&quot;{title}&quot; needs a case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="53"/>
        <source>文书二维码内容不完整</source>
        <translation>The document&apos;s QR code is incomplete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="54"/>
        <source>- {what}：{where}</source>
        <translation>- {what}: {where}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="55"/>
        <source>“{title}”中仍有待填写的内容（{tokens}），暂不能出具；请先补全案件信息或县设置中的文书段落（forms.texts）</source>
        <translation>&quot;{title}&quot; still has blanks to fill ({tokens}) and cannot be issued yet; complete the case or the document paragraphs in the county settings (forms.texts) first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="56"/>
        <source>编号段1到99都已分配：请先收回不再使用的电脑的编号段</source>
        <translation>Number blocks 1 to 99 are all assigned: take back the block of a computer no longer used first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="57"/>
        <source>编号段应为0到99之间的整数</source>
        <translation>The number block must be a whole number from 0 to 99</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="58"/>
        <source>本机的文书编号段由县教育局分配（随注册文件下发，或在县级电脑上分配后同步到本机），乡镇和学校的电脑不能自行更改</source>
        <translation>This computer&apos;s document number block is assigned by the county education bureau (with the enrolment file, or assigned on a county computer and synced); township and school computers cannot change it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="59"/>
        <source>编号段{slot}已分配给设备 {holder}，请选择其他编号段</source>
        <translation>Number block {slot} is assigned to device {holder}; choose another block</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="60"/>
        <source>编号格式中有未知的字段：{fields}</source>
        <translation>Unknown fields in the number format: {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="61"/>
        <source>编号格式必须包含序号 {seq}</source>
        <translation>The number format must contain the sequence number {seq}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="62"/>
        <source>下一个文号应为正整数</source>
        <translation>The next number must be a positive whole number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="63"/>
        <source>{name}{year}年的这类文书已用到{used}号，下一个号不能小于{next}</source>
        <translation>{name} has used numbers up to {used} for this kind of document in {year}; the next number cannot be less than {next}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="64"/>
        <source>本机的文书编号段已用完（{name}，{year}年，{lo}—{hi}号），请县教育局为本机分配新的编号段</source>
        <translation>This computer&apos;s document numbers are used up ({name}, {year}, numbers {lo}–{hi}); ask the county education bureau for a new block</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="65"/>
        <source>该文书已作废</source>
        <translation>This document has been voided</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="66"/>
        <source>罚款的法律依据（本省义务教育条例或实施办法的条款）</source>
        <translation>Legal basis of the fine (the article of the province&apos;s compulsory education regulation)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="67"/>
        <source>请县教育局在县设置 forms.penalty 中填写（citation：条例名称和条款，text：条文，amount：默认金额）</source>
        <translation>the county education bureau sets it in the county setting forms.penalty (citation: regulation and article, text: wording, amount: default amount)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="68"/>
        <source>罚款的法律依据（{title}中规定罚款的条款）</source>
        <translation>Legal basis of the fine (the article of {title} on fines)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="69"/>
        <source>请县教育局核对{title}，在县设置 forms.penalty 中填写 article（条款，如“第四十条”）、text（条文）和 amount（默认金额）</source>
        <translation>the county education bureau checks {title} and sets article (e.g. &quot;第四十条&quot;), text (wording) and amount (default amount) in the county setting forms.penalty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="70"/>
        <source>劝返清单按乡镇或村出具，请选择乡镇（和村）</source>
        <translation>The persuasion list is issued per township or village; choose a township (and village)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="71"/>
        <source>统计月份“{period}”格式不对，应为 2026-09 这样的年-月</source>
        <translation>Month &quot;{period}&quot; is not valid; write year-month such as 2026-09</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="72"/>
        <source>户籍地行政区划代码</source>
        <translation>Division code of the household registration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="73"/>
        <source>请在案件页“修改学生信息…”的户籍地一栏填写</source>
        <translation>fill in the household registration on the case page under &quot;Correct the student&apos;s record…&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="74"/>
        <source>户籍地所在省份（区划代码无法识别）</source>
        <translation>Province of the household registration (its division code cannot be read)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="75"/>
        <source>请在案件页“修改学生信息…”的户籍地一栏改正</source>
        <translation>correct the household registration on the case page under &quot;Correct the student&apos;s record…&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="76"/>
        <source>残疾儿童入学评估记录</source>
        <translation>Disabled child enrolment assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="77"/>
        <source>请先在案件页记录县残疾人教育专家委员会的评估（结论、安置建议、成员）</source>
        <translation>record the county expert committee&apos;s assessment on the case page first (conclusion, placement advice, members)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="78"/>
        <source>送教上门记录</source>
        <translation>Home teaching record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/domain_catalogue/forms.py" line="79"/>
        <source>请先在案件页记录送教上门（日期、课时、送教教师、内容）</source>
        <translation>record the home teaching on the case page first (date, hours, teacher, content)</translation>
    </message>
</context>
<context>
    <name>DraftsUi</name>
    <message>
        <location filename="../../desktop/ui/drafts_ui.py" line="66"/>
        <source>草稿</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafts_ui.py" line="67"/>
        <source>没有未保存的草稿。</source>
        <translation>No unsaved drafts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafts_ui.py" line="71"/>
        <source>未保存的草稿</source>
        <translation>Unsaved drafts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafts_ui.py" line="75"/>
        <source>{0}&#x3000;{1}</source>
        <translation>{0}&#x3000;{1}</translation>
    </message>
</context>
<context>
    <name>EditChildDialog</name>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="275"/>
        <source>修改学生信息</source>
        <translation>Edit student</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="310"/>
        <source>身份证号 {0} 已在其他学校或乡镇登记，请与县里核对</source>
        <translation>ID number {0} is already registered at another school or township; please check with the county</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="316"/>
        <source>身份证号 {0} 已登记在学生“{1}”名下，请核对</source>
        <translation>ID number {0} is already registered to student &quot;{1}&quot;; please check</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="20"/>
        <source>无法完成</source>
        <translation>Cannot finish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="35"/>
        <source>上次运行时程序意外退出。已保存的数据不受影响；未保存的录入已作为草稿保留，可在工作台中继续。</source>
        <translation>The program closed unexpectedly last time. Saved data is not affected; unsaved entries were kept as drafts and can be continued from Today.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="40"/>
        <source>程序遇到意外错误，本次操作未完成。已保存的数据不受影响。</source>
        <translation>The program met an unexpected error; this operation was not completed. Saved data is not affected.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="46"/>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="51"/>
        <source>详细信息已记录到日志：{0}
如问题反复出现，请把详细信息发给县教育局信息管理员。</source>
        <translation>Details were written to the log: {0}
If the problem comes back, send the details to the county education bureau&apos;s IT administrator.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="49"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="97"/>
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="98"/>
        <source>全部村</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="99"/>
        <source>全部学校</source>
        <translation>All schools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="100"/>
        <source>全部年级</source>
        <translation>All grades</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="103"/>
        <source>全部原因</source>
        <translation>All causes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="104"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="105"/>
        <source>全部责任人</source>
        <translation>All responsible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="106"/>
        <source>逾期未走访</source>
        <translation>Visit overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="109"/>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="110"/>
        <source>清除所有筛选条件（Ctrl+Shift+X）</source>
        <translation>Clear all filters (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="107"/>
        <source>挂牌督战</source>
        <translation>Priority regions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="108"/>
        <source>只显示县里挂牌督战的乡镇或村的案件</source>
        <translation>Only cases in the county&apos;s priority townships or villages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="121"/>
        <source>只显示县里挂牌督战的乡镇或村的学生</source>
        <translation>Only children in the county&apos;s priority townships or villages</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="32"/>
        <source>控辍保学工作台 — 首次使用</source>
        <translation>kcbx — first run</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="33"/>
        <source>还没有数据库（%1）。请选择：</source>
        <translation>There is no database yet (%1). Choose:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="35"/>
        <source>创建演示县（虚构数据，用于熟悉程序）</source>
        <translation>Create a demo county (synthetic data, for learning)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="41"/>
        <source>学生人数：</source>
        <translation>Students: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="42"/>
        <source>为本县新建空数据库</source>
        <translation>Create an empty database for my county</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="47"/>
        <source>输入县名查找，如“从江”</source>
        <translation>Type a county name, e.g. 从江</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="55"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="104"/>
        <source>正在生成演示县数据库…</source>
        <translation>Generating the demo county…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="108"/>
        <source>请先输入县名并在列表中选中本县</source>
        <translation>Type the county name and pick it in the list first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="119"/>
        <source>正在建立数据库…</source>
        <translation>Creating the database…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="268"/>
        <source>学生在校</source>
        <translation>Student attending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="270"/>
        <location filename="../../desktop/ui/prevention_register.py" line="457"/>
        <source>情况</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="271"/>
        <source>帮扶措施</source>
        <translation>Help given</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="274"/>
        <source>反弹风险</source>
        <translation>Risk of dropping out again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="276"/>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="276"/>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="276"/>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="430"/>
        <source>记录缺勤跟进 — </source>
        <translation>Record absence follow-up — </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="439"/>
        <source>（不改缺勤原因）</source>
        <translation>(cause of absence unchanged)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="448"/>
        <source>联系了谁、了解到什么、约定了什么</source>
        <translation>Who was contacted, what was learnt, what was agreed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="453"/>
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="454"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="455"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="456"/>
        <source>查明的缺勤原因</source>
        <translation>Cause of absence found</translation>
    </message>
</context>
<context>
    <name>FormWidgets</name>
    <message>
        <location filename="../../desktop/ui/form_widgets.py" line="63"/>
        <source>无法识别的日期“%1”：请写成 2026-12-17、2026.12.17、20261217 或 12月17日</source>
        <translation>Unrecognised date &quot;%1&quot;: write it as 2026-12-17, 2026.12.17, 20261217 or 12月17日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form_widgets.py" line="74"/>
        <source>没有这一天：%1</source>
        <translation>No such day: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form_widgets.py" line="78"/>
        <source>日期超出范围（%1 至 %2）：%3</source>
        <translation>Date out of range (%1 to %2): %3</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="19"/>
        <source>使用指南</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="44"/>
        <source>Ctrl+F&#x3000;/</source>
        <translation>Ctrl+F&#x3000;/</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="45"/>
        <source>查找学生（搜索框）</source>
        <translation>Find a student (search box)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="47"/>
        <source>清空搜索框</source>
        <translation>Clear the search box</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="49"/>
        <source>↓ 或 回车</source>
        <translation>↓ or Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="50"/>
        <source>从搜索框进入结果列表</source>
        <translation>From the search box into the results</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="53"/>
        <source>回车 / 双击</source>
        <translation>Enter / double-click</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="54"/>
        <source>打开选中的案件或学生</source>
        <translation>Open the selected case or student</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="56"/>
        <source>返回上一页</source>
        <translation>Back to the previous page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="57"/>
        <source>保存对话框</source>
        <translation>Save dialog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="62"/>
        <source>&lt;h3&gt;快捷键&lt;/h3&gt;&lt;table cellspacing=6&gt;{0}&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;&lt;table cellspacing=6&gt;{0}&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="69"/>
        <source>快捷键一览</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>HomeTeachingDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="383"/>
        <source>课时</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="387"/>
        <source>送教教师</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="388"/>
        <source>送教内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="389"/>
        <source>学生反应</source>
        <translation>Student&apos;s response</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="390"/>
        <source>下次目标</source>
        <translation>Next goal</translation>
    </message>
</context>
<context>
    <name>I18n</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="36"/>
        <source>中文（简体）</source>
        <translation>中文（简体）</translation>
    </message>
</context>
<context>
    <name>IdNumberEdit</name>
    <message>
        <location filename="../../desktop/ui/form_widgets.py" line="332"/>
        <source>18位身份证号，录入后自动填出生日期和性别</source>
        <translation>18-character ID number; fills birth date and sex</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form_widgets.py" line="359"/>
        <source>还差 %1 位</source>
        <translation>%1 more characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form_widgets.py" line="372"/>
        <source>出生日期 %1，%2</source>
        <translation>Born %1, %2</translation>
    </message>
</context>
<context>
    <name>ImportAbsencesDialog</name>
    <message>
        <location filename="../../desktop/ui/prevention_import.py" line="44"/>
        <source>导入学校缺勤表（Excel）</source>
        <translation>Import a school&apos;s absence sheet (Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_import.py" line="53"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_import.py" line="59"/>
        <source>表中需要“日期”“姓名”“缺勤原因”列；有学籍号、年级、班级列时用来区分同名学生。</source>
        <translation>The sheet needs the columns “date”, “name” and “reason for absence”; student number, grade and class columns, where present, tell students of the same name apart.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_import.py" line="65"/>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_import.py" line="66"/>
        <source>缺勤表</source>
        <translation>Absence sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_import.py" line="71"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_import.py" line="85"/>
        <source>选择缺勤表</source>
        <translation>Choose the absence sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_import.py" line="85"/>
        <source>Excel或CSV (*.xlsx *.xlsm *.csv)</source>
        <translation>Excel or CSV (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_import.py" line="102"/>
        <source>不能导入：</source>
        <translation>Cannot import: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_import.py" line="119"/>
        <source>未导入：</source>
        <translation>Not imported: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_import.py" line="107"/>
        <source>第%1行：</source>
        <translation>Row %1: </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="46"/>
        <location filename="../../desktop/ui/intake_import.py" line="132"/>
        <source>导入名册</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="61"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="66"/>
        <source>名册文件：</source>
        <translation>Roster file:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="70"/>
        <source>名册类别：</source>
        <translation>Roster kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="73"/>
        <source>默认：第一个有数据的工作表</source>
        <translation>Default: the first sheet with data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="75"/>
        <source>工作表：</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="78"/>
        <source>学籍名册所属学期，默认当前学期，如 2026-2027-1</source>
        <translation>Term of the school roster, by default the current term, e.g. 2026-2027-1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="82"/>
        <source>学期：</source>
        <translation>Term:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="84"/>
        <source>支持 .xlsx 和 .csv（UTF-8 或 GBK 编码）。表头可以在标题行下面、可以是两行合并表头；下一步会显示识别出的列，请核对后再检查数据。导入前会自动备份数据库。</source>
        <translation>.xlsx and .csv (UTF-8 or GBK) are supported. The header may sit below a title row or span two merged rows; the next step shows the columns recognised: check them before checking the data. The database is backed up before importing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="92"/>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="96"/>
        <location filename="../../desktop/ui/intake_import.py" line="163"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="111"/>
        <source>选择名册文件</source>
        <translation>Choose a roster file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="112"/>
        <source>表格文件 (*.xlsx *.xlsm *.csv *.txt);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="133"/>
        <source>请先选择名册文件</source>
        <translation>First choose a roster file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="138"/>
        <source>正在读取文件</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="145"/>
        <source>正在读取名册…</source>
        <translation>Reading the roster…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="180"/>
        <location filename="../../desktop/ui/intake_import.py" line="276"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="181"/>
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="182"/>
        <source>前几行的内容</source>
        <translation>First rows of the sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="183"/>
        <source>对应字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="189"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="190"/>
        <source>检查数据</source>
        <translation>Check data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="198"/>
        <source>工作表“{0}”，</source>
        <translation>sheet &quot;{0}&quot;, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="203"/>
        <source>已按上次确认的对应关系设置。</source>
        <translation>Set as confirmed last time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="204"/>
        <source>部分列按上次确认的对应关系设置。</source>
        <translation>Some columns were set as confirmed last time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="207"/>
        <source>{0}：{1}表头在第 {2} 行，数据从第 {3} 行开始。{4}请核对每一列对应的字段（确认后会保存，下次同类名册自动使用）。</source>
        <translation>{0}: {1}the header is on row {2}, data starts on row {3}. {4}Check the field each column maps to (saved once confirmed and reused for rosters of the same kind).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="213"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="234"/>
        <source>（无表头）</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="265"/>
        <source>正在检查名册…</source>
        <translation>Checking the roster…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="275"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="277"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="278"/>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="285"/>
        <source>返回修改对应关系</source>
        <translation>Back to change the column mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="286"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="296"/>
        <source>
有错误的行不会导入；请在原表中改正后重新导入这些行。</source>
        <translation>
Rows with errors are not imported; correct them in the original sheet and import those rows again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="312"/>
        <source>（{0}）</source>
        <translation>({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="316"/>
        <source>不导入</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="318"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="329"/>
        <source>导入 {0} 行</source>
        <translation>Import {0} rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="347"/>
        <source>正在导入名册…（可取消，取消后不会导入任何数据）</source>
        <translation>Importing the roster… (can be cancelled; then nothing is imported)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="359"/>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>IntakeCompare</name>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="37"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="38"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="39"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="40"/>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="41"/>
        <source>应读年级</source>
        <translation>Expected grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="42"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="43"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="44"/>
        <source>比对发现</source>
        <translation>Found by comparison</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_compare.py" line="45"/>
        <source>处理情况</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>IntakeImport</name>
    <message>
        <location filename="../../desktop/ui/intake_import.py" line="37"/>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
</context>
<context>
    <name>IntakeReports</name>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="32"/>
        <source>单位负责人</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="33"/>
        <source>审核人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="34"/>
        <source>填表人</source>
        <translation>Filled in by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="35"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>IntakeScreens</name>
    <message>
        <location filename="../../desktop/ui/intake_screens.py" line="96"/>
        <location filename="../../desktop/ui/intake_screens.py" line="121"/>
        <source>统计看板</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_screens.py" line="97"/>
        <source>数据比对</source>
        <translation>Data comparison</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_screens.py" line="104"/>
        <source>导入名册（学籍/户籍/监测/适龄儿童）…</source>
        <translation>Import roster (school/household/monitoring/school-age)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_screens.py" line="106"/>
        <source>从Excel或CSV导入名册，先检查再导入</source>
        <translation>Import a roster from Excel or CSV: checked before it is imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_screens.py" line="111"/>
        <source>数据比对（精准摸排）</source>
        <translation>Data comparison (finding every child)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_screens.py" line="113"/>
        <source>把户籍、防返贫监测、适龄儿童名单与学籍比对，找出适龄未在学的儿童</source>
        <translation>Compare the household, poverty-monitoring and school-age lists with school rosters to find school-age children not in school</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_screens.py" line="127"/>
        <source>生成统计报表（月报/专项行动）…</source>
        <translation>Produce a statistics report (monthly/campaign)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_screens.py" line="133"/>
        <source>导出台账到Excel…</source>
        <translation>Export ledger to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_screens.py" line="172"/>
        <source>所选案件台账</source>
        <translation>Ledger of the selected cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_screens.py" line="190"/>
        <source>导出台账</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_screens.py" line="191"/>
        <source>台账.xlsx</source>
        <translation>ledger.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_screens.py" line="192"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_screens.py" line="215"/>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_screens.py" line="216"/>
        <source>已导出 {0} 件案件到
{1}</source>
        <translation>Exported {0} cases to
{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_screens.py" line="221"/>
        <source>正在导出台账…</source>
        <translation>Exporting the ledger…</translation>
    </message>
</context>
<context>
    <name>IssuedDialog</name>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="256"/>
        <source>已出具文书</source>
        <translation>Issued documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="260"/>
        <source>{0}&#x3000;{1}&#x3000;{2}</source>
        <translation>{0}&#x3000;{1}&#x3000;{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="264"/>
        <source>&#x3000;【作废】{0}</source>
        <translation>&#x3000;[VOID] {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="275"/>
        <source>重印</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="276"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="279"/>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="287"/>
        <source>还没有出具过文书。</source>
        <translation>No document issued yet.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="55"/>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="56"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="57"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="58"/>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="59"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="60"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="61"/>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="62"/>
        <source>年级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="63"/>
        <source>辍学原因</source>
        <translation>Causes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="64"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="65"/>
        <source>劝返次数</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="66"/>
        <source>联合劝返</source>
        <translation>Joint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="67"/>
        <source>上次联系</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="68"/>
        <source>下次走访</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="69"/>
        <source>包保责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="70"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="71"/>
        <source>学籍号</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="72"/>
        <source>标识</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_model.py" line="73"/>
        <source>案件状态</source>
        <translation>Case state</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="82"/>
        <source>疑似辍学台账</source>
        <translation>Suspected dropout ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="83"/>
        <location filename="../../desktop/ui/labels.py" line="84"/>
        <location filename="../../desktop/ui/labels.py" line="85"/>
        <source>辍学台账（辍学/劝返中）</source>
        <translation>Dropout ledger (dropped out / being persuaded)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="86"/>
        <location filename="../../desktop/ui/labels.py" line="87"/>
        <source>已复学跟踪台账</source>
        <translation>Returned and followed-up ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="88"/>
        <source>延缓/休学台账</source>
        <translation>Deferral/suspension ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="89"/>
        <source>送教上门台账</source>
        <translation>Home teaching ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="90"/>
        <source>已销号台账</source>
        <translation>Closed cases ledger</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="294"/>
        <source>清除搜索，显示全部</source>
        <translation>Clear the search and show everything</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ledger_view.py" line="334"/>
        <source>筛选：%1 ×</source>
        <translation>Filter: %1 ×</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/ledger_view.py" line="476"/>
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerTable</name>
    <message>
        <location filename="../../desktop/ui/ledger_table.py" line="148"/>
        <source>中</source>
        <translation>Medium</translation>
    </message>
</context>
<context>
    <name>LegalStepDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="155"/>
        <source>程序</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="156"/>
        <source>文书编号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="157"/>
        <source>发文单位</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="158"/>
        <source>受文人（监护人）</source>
        <translation>Addressee (guardian)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="159"/>
        <source>内容摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="163"/>
        <source>限期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="166"/>
        <source>罚款金额（元）</source>
        <translation>Fine (yuan)</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="406"/>
        <source>恢复密钥另存为PDF（请存到U盘）</source>
        <translation>Save the recovery key as PDF (to a USB stick)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="408"/>
        <source>PDF文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="421"/>
        <source>恢复密钥文件没有加密</source>
        <translation>The recovery key file is not encrypted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="422"/>
        <source>将保存到：%1

这个PDF文件没有加密：拿到它的人可以重设密码、打开全部学生信息。请只存到U盘，打印后删除，不要留在这台电脑或网盘上。

继续保存吗？</source>
        <translation>Saving to: %1

This PDF file is not encrypted: whoever gets it can reset passwords and open every student&apos;s data. Save it only to a USB stick, delete it after printing, never keep it on this computer or a cloud drive.

Save it?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="543"/>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="544"/>
        <source>已从备份恢复（{0}）。
损坏的文件已另存为：{1}</source>
        <translation>Restored from backup ({0}).
The damaged file was kept as: {1}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="175"/>
        <source>控辍保学工作台 — 登录</source>
        <translation>Dropout Prevention Workbench — Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="184"/>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="191"/>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="192"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="193"/>
        <source>忘记密码…</source>
        <translation>Forgot password…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="55"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="56"/>
        <source>案件(&amp;C)</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="57"/>
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="58"/>
        <source>同步(&amp;S)</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="59"/>
        <source>数据(&amp;D)</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="60"/>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="61"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="66"/>
        <source>工作台</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="67"/>
        <source>适龄儿童</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="68"/>
        <source>全部案件</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="69"/>
        <source>疑似辍学</source>
        <translation>Suspected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="70"/>
        <source>辍学/劝返中</source>
        <translation>Dropouts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="71"/>
        <source>已复学跟踪</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="72"/>
        <source>延缓/休学</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="73"/>
        <source>送教上门</source>
        <translation>Home teaching</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="74"/>
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="75"/>
        <source>案件详情</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="118"/>
        <location filename="../../desktop/ui/smoke.py" line="64"/>
        <source>控辍保学工作台</source>
        <translation>Keeping Children in School</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>新建学生…</source>
        <translation>New student…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="165"/>
        <source>先查重再登记一名学生（Ctrl+N）</source>
        <translation>Look for duplicates, then register a student (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="316"/>
        <source>请选择案件</source>
        <translation>Select a case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="316"/>
        <source>请先选择或打开一个案件。</source>
        <translation>Select or open a case first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="442"/>
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkTable</name>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="80"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="80"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="80"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="80"/>
        <source>缺勤原因</source>
        <translation>Cause of absence</translation>
    </message>
</context>
<context>
    <name>NamesEdit</name>
    <message>
        <location filename="../../desktop/ui/form_widgets.py" line="298"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form_widgets.py" line="301"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form_widgets.py" line="303"/>
        <source>&#x3000;</source>
        <translation>&#x3000;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form_widgets.py" line="305"/>
        <location filename="../../desktop/ui/form_widgets.py" line="308"/>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="344"/>
        <source>建案</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="348"/>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="349"/>
        <source>辍学原因</source>
        <translation>Causes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="350"/>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="351"/>
        <source>辍学日期</source>
        <translation>Dropped out on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="353"/>
        <source>去向</source>
        <translation>Whereabouts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="355"/>
        <source>去向详情</source>
        <translation>Whereabouts detail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="356"/>
        <source>行政线责任人</source>
        <translation>Responsible (administration)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="357"/>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="358"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="359"/>
        <source>教育线责任人</source>
        <translation>Responsible (education)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="360"/>
        <source>职务 </source>
        <translation>Title </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="361"/>
        <source>电话 </source>
        <translation>Phone </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="362"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>NewChildDialog</name>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="153"/>
        <source>新建学生（先查重）</source>
        <translation>New student (duplicates checked first)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="199"/>
        <source>已在其他学校或乡镇登记（不在您的范围内，请与县里核对）&#x3000;— {0}</source>
        <translation>Registered at another school or township (outside your area; check with the county) — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="204"/>
        <source>{0}&#x3000;{1}&#x3000;{2}&#x3000;{3}&#x3000;— {4}</source>
        <translation>{0}&#x3000;{1}&#x3000;{2}&#x3000;{3}&#x3000;— {4}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="212"/>
        <source>可能已登记（双击打开该学生，不要重复新建）：</source>
        <translation>Possibly registered already (double-click to open instead of creating a duplicate):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="238"/>
        <source>发现可能已登记的学生（见上方列表）。请先核对；确认不是同一人，再点一次“保存”。</source>
        <translation>Possibly registered already (see the list above). Check first; if it is not the same person, click &quot;Save&quot; again.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="409"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="412"/>
        <source>发出告知函</source>
        <translation>Notice sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="413"/>
        <source>收到告知函</source>
        <translation>Notice received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="414"/>
        <source>收到回执</source>
        <translation>Receipt received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="420"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="423"/>
        <source>跨省辍学学生情况告知</source>
        <translation>Cross-province dropout notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="424"/>
        <source>未满16周岁务工告知</source>
        <translation>Child-labour notice (under 16)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="428"/>
        <source>对方单位</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="429"/>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="430"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="431"/>
        <source>回执对应的告知函</source>
        <translation>Receipt answers notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="432"/>
        <source>（不是回执）</source>
        <translation>(not a receipt)</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../desktop/ui/ops.py" line="214"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ops.py" line="219"/>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="192"/>
        <source>一人一案工作方案</source>
        <translation>Case plan (一人一案)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="197"/>
        <source>家庭情况</source>
        <translation>Family situation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="198"/>
        <source>辍学原因分析</source>
        <translation>Cause analysis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="199"/>
        <source>劝返措施</source>
        <translation>Persuasion measures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="201"/>
        <source>劝返时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="203"/>
        <source>资助帮扶</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="204"/>
        <source>复学安置方案</source>
        <translation>Placement plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="205"/>
        <source>制定人</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/action_dialogs.py" line="206"/>
        <source>制定日期</source>
        <translation>Made on</translation>
    </message>
</context>
<context>
    <name>PreventionScreens</name>
    <message>
        <location filename="../../desktop/ui/prevention_screens.py" line="39"/>
        <location filename="../../desktop/ui/prevention_screens.py" line="49"/>
        <source>缺勤登记</source>
        <translation>Absence register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_screens.py" line="43"/>
        <source>重点关注</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_screens.py" line="50"/>
        <source>重点关注学生（防辍学）</source>
        <translation>Students needing attention (dropout prevention)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_screens.py" line="56"/>
        <source>导入学校缺勤表（Excel）…</source>
        <translation>Import a school&apos;s absence sheet (Excel)…</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="325"/>
        <source>出具文书（编号并存档）</source>
        <translation>Issue document (numbered and archived)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="326"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="327"/>
        <source>另存为PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="328"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="351"/>
        <source>共{0}页</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="356"/>
        <source>样稿不能打印，请先出具</source>
        <translation>A draft cannot be printed; issue it first</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desktop/ui/printing.py" line="52"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="61"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="69"/>
        <source>重新出具</source>
        <translation>Issue again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="80"/>
        <location filename="../../desktop/ui/printing.py" line="609"/>
        <source>本机文书编号段</source>
        <translation>This computer&apos;s document number block</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="81"/>
        <source>本机的编号段（0—99，每台电脑不同；由县教育局统一分配）：</source>
        <translation>This computer&apos;s number block (0–99, different on every computer; assigned by the county education bureau):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="107"/>
        <source>打印本案文书…</source>
        <translation>Print a document of this case…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="112"/>
        <source>打印空白表…</source>
        <translation>Print a blank form…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="115"/>
        <source>台账与统计表…</source>
        <translation>Ledgers and statistics…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="116"/>
        <source>批量打印…</source>
        <translation>Batch printing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="119"/>
        <source>已出具文书（重印）…</source>
        <translation>Issued documents (reprint)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="122"/>
        <source>本机文书编号段…</source>
        <translation>This computer&apos;s document number block…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="124"/>
        <source>打印文书…</source>
        <translation>Print document…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="128"/>
        <source>已出具文书…</source>
        <translation>Issued documents…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="139"/>
        <source>案件 {0}&#x3000;{1}</source>
        <translation>Case {0}&#x3000;{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="171"/>
        <source>打印文书</source>
        <translation>Print document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="172"/>
        <source>请先打开或在台账中选中一个案件。</source>
        <translation>First open a case or select one in a ledger.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="221"/>
        <source>正在生成文书…</source>
        <translation>Producing the document…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="362"/>
        <source>（样稿）</source>
        <translation> (draft)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="363"/>
        <source>（空白表）</source>
        <translation> (blank form)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="364"/>
        <source>（批量）</source>
        <translation> (batch)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="370"/>
        <source>&#x3000;{0}</source>
        <translation>&#x3000;{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="378"/>
        <source>这是样稿：核对无误后点“出具文书”，系统编号并存档，之后才能打印。</source>
        <translation>This is a draft: once checked, click &quot;Issue document&quot;; it is numbered and archived, and can then be printed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="384"/>
        <source>注意：重印的PDF与出具时不完全相同（可能是程序版本不同），内容以存档为准。</source>
        <translation>Note: the reprinted PDF is not byte-identical to the one issued (perhaps another program version); the archived content counts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="392"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="393"/>
        <source>正文</source>
        <translation>Body text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="394"/>
        <source>表格</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="402"/>
        <source>字体&#x3000;{0}</source>
        <translation>Fonts&#x3000;{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="403"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="410"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="411"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="415"/>
        <source>字库中没有以下字符，将打印为方框中的编码，请在纸面上手写：{0}</source>
        <translation>These characters are not in the font and will print as codes in boxes; write them by hand on the paper: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="397"/>
        <location filename="../../desktop/ui/printing.py" line="518"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="523"/>
        <source>批量打印</source>
        <translation>Batch printing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="524"/>
        <source>以下案件未能生成：
{0}</source>
        <translation>These cases could not be produced:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="529"/>
        <source>正在批量生成文书…</source>
        <translation>Producing documents in a batch…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="556"/>
        <source>正在重印…</source>
        <translation>Reprinting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="563"/>
        <location filename="../../desktop/ui/printing.py" line="588"/>
        <source>作废文书</source>
        <translation>Void document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="564"/>
        <source>作废原因（文号保留不再使用，登记簿显示“作废”，重印时加盖“作废”）：</source>
        <translation>Reason for voiding (the number stays used, the register shows &quot;void&quot;, a reprint is stamped &quot;void&quot;):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="589"/>
        <source>文书已作废，文号保留不再使用。</source>
        <translation>The document is void; its number stays used.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="610"/>
        <source>本机出具的文书从 {0} 号起编号。</source>
        <translation>Documents issued on this computer are numbered from {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="630"/>
        <source>文书PDF无法读取，未打印</source>
        <translation>The document&apos;s PDF cannot be read; nothing printed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="641"/>
        <source>无法连接打印机，请检查打印机是否已开启</source>
        <translation>Cannot reach the printer; check that it is switched on</translation>
    </message>
</context>
<context>
    <name>PrintingDialogs</name>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="186"/>
        <source>全部未销号案件</source>
        <translation>All open cases</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="67"/>
        <source>例如：重复登记、记错了学生、日期填错</source>
        <translation>e.g. recorded twice, wrong student, wrong date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="73"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="74"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/corrections_ui.py" line="79"/>
        <source>作废原因（必填，会留在记录中）：</source>
        <translation>Reason for voiding (required, kept with the record):</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="91"/>
        <source>放弃草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="109"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="111"/>
        <source>保存（Ctrl+S 或 Ctrl+回车）</source>
        <translation>Save (Ctrl+S or Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="114"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="166"/>
        <source>已恢复 %1 未保存的内容。</source>
        <translation>Restored unsaved input from %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="183"/>
        <source>添加照片/扫描件…</source>
        <translation>Add photo/scan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="184"/>
        <source>也可以把文件拖到本窗口</source>
        <translation>You can also drop files on this window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="186"/>
        <source>附件：</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="352"/>
        <source>尚未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="353"/>
        <source>录入的内容还没有保存。

保留为草稿（下次打开时恢复）、放弃，还是继续编辑？</source>
        <translation>What you typed is not saved.

Keep it as a draft (restored next time), discard it, or continue editing?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="360"/>
        <source>保留草稿</source>
        <translation>Keep draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="363"/>
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_dialog.py" line="366"/>
        <source>继续编辑</source>
        <translation>Continue editing</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="219"/>
        <source>用恢复密钥重设密码</source>
        <translation>Reset the password with the recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="221"/>
        <source>请输入县教育局保管的恢复密钥（36个字母和数字，每4个一组）。</source>
        <translation>Enter the recovery key kept by the county education bureau (36 letters and digits, in groups of 4).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="227"/>
        <source>恢复密钥</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="228"/>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="229"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="230"/>
        <source>再次输入</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="234"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="290"/>
        <source>恢复密钥</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="293"/>
        <source>这是数据库的恢复密钥。忘记所有密码时，只有它能打开数据库。
请打印或工整抄写，交县教育局妥善保管（不要和电脑放在一起）。它只显示这一次。</source>
        <translation>This is the database&apos;s recovery key. If every password is forgotten, only it can open the database.
Print it or copy it neatly and give it to the county education bureau for safekeeping (not with the computer). It is shown only this once.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="299"/>
        <source>单位：%1
数据库：%2</source>
        <translation>Unit: %1
Database: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="300"/>
        <source>（未设置）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="301"/>
        <source>（未知）</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="311"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="313"/>
        <source>另存为PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="315"/>
        <source>PDF文件没有加密：只存到U盘，打印后删除，不要留在这台电脑上</source>
        <translation>The PDF file is not encrypted: save it only to a USB stick, delete it after printing, never keep it on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="324"/>
        <source>我已打印或抄写并妥善保管</source>
        <translation>I have printed or copied it and put it in a safe place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="354"/>
        <source>这台电脑没有可用的打印机。可以工整抄写，或“另存为PDF…”存到U盘，到有打印机的电脑上打印（打印后删除文件）。</source>
        <translation>This computer has no printer available. Copy the key by hand, or &quot;Save as PDF…&quot; to a USB stick and print it on a computer with a printer (then delete the file).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="369"/>
        <source>已送去打印。</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="383"/>
        <source>已保存：%1。打印后请删除这个文件。</source>
        <translation>Saved: %1. Delete this file after printing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="388"/>
        <source>恢复密钥-%1.pdf</source>
        <translation>recovery-key-%1.pdf</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="454"/>
        <source>（未设置）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="455"/>
        <source>（未知）</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="457"/>
        <source>单位：%1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="458"/>
        <source>数据库文件：%1</source>
        <translation>Database file: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="461"/>
        <source>生成日期：%1</source>
        <translation>Produced on: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="465"/>
        <source>忘记所有密码时，用此密钥在登录界面“忘记密码”处重设密码。请交县教育局保管，不要与电脑放在一起；生成新的恢复密钥后，本页作废。</source>
        <translation>If every password is forgotten, use this key under &quot;Forgot password&quot; on the sign-in screen to set a new one. Keep this sheet at the county education bureau, not with the computer; it is void once a new recovery key is made.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="470"/>
        <source>控辍保学工作台 数据库恢复密钥</source>
        <translation>Dropout Prevention Workbench: database recovery key</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="171"/>
        <source>缺勤登记</source>
        <translation>Absence register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="180"/>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="190"/>
        <location filename="../../desktop/ui/prevention_register.py" line="216"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="192"/>
        <location filename="../../desktop/ui/prevention_register.py" line="216"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="199"/>
        <source>↑↓ 选择学生，按 1 病假、2 事假、3 无故、4 不明（自动移到下一名），0 或空格清除；按 G、序号、回车跳到该学生。未标记的学生均为出勤。Ctrl+S 保存；切换班级或日期时自动保存。</source>
        <translation>↑↓ choose a student, press 1 sick leave, 2 personal leave, 3 unexcused, 4 unknown (moves to the next), 0 or Space to clear; G, a number and Enter jump to that student. Unmarked students are present. Ctrl+S saves; changing class or date saves automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="216"/>
        <source>学生</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="216"/>
        <source>待办</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="223"/>
        <source>记录跟进（电话/家访）…</source>
        <translation>Record follow-up (phone/home visit)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="225"/>
        <source>上报疑似辍学并立案</source>
        <translation>Report suspected dropout and open a case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="226"/>
        <source>按疑似辍学开立案件，缺勤记录作为佐证附在案件中</source>
        <translation>Open a suspected-dropout case; the absence record is attached as evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="230"/>
        <source>缺勤跟进待办</source>
        <translation>Absences to follow up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="267"/>
        <source>{0} {1}（{2}人）</source>
        <translation>{0} {1} ({2} people)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="283"/>
        <source>没有可登记的班级（请先导入学籍名册）</source>
        <translation>No class to record (import a school roster first)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="290"/>
        <source>本日考勤已登记，可修改后再保存。</source>
        <translation>Attendance for this day is recorded; change it and save again if needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="290"/>
        <source>本日尚未登记考勤。</source>
        <translation>No attendance recorded for this day yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="302"/>
        <source>已标记缺勤 %1 人（未保存）</source>
        <translation>%1 marked absent (not saved)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="306"/>
        <source>跳到序号：</source>
        <translation>Jump to no.:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="319"/>
        <source>未保存：</source>
        <translation>Not saved:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="323"/>
        <source>已保存：%1 %2，缺勤 %3 人，其余出勤。</source>
        <translation>Saved: %1 %2, %3 absent, the others present.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="340"/>
        <source>电话联系</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="341"/>
        <source>家访</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="342"/>
        <source>上报疑似辍学</source>
        <translation>Report suspected dropout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="349"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="379"/>
        <source>该学生的无故缺勤尚未达到县定的上报标准</source>
        <translation>This student&apos;s unexcused absences have not reached the county&apos;s reporting threshold yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="414"/>
        <source>未能上报：</source>
        <translation>Could not report:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="182"/>
        <source>登记学有困难/心理问题…</source>
        <translation>Note learning or psychological difficulties…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="184"/>
        <source>为当前选中的学生登记需要关注的情况（列入重点关注学生）</source>
        <translation>Note what needs attention for the selected student (adds them to the students needing attention)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_register.py" line="391"/>
        <source>已登记，该学生列入重点关注学生。</source>
        <translation>Noted: the student is now on the list of students needing attention.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="45"/>
        <source>生成统计报表</source>
        <translation>Produce a statistics report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="50"/>
        <source>控辍保学月报（统计表）</source>
        <translation>Dropout prevention monthly report (statistics)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="53"/>
        <source>开学控辍保学专项行动统计表</source>
        <translation>Term-start dropout prevention campaign statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="58"/>
        <source>时段写法：2026-11（月）、2026-Q4（季度）、2026-2027-1（学期）、2026（年）</source>
        <translation>Period: 2026-11 (month), 2026-Q4 (quarter), 2026-2027-1 (term), 2026 (year)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="66"/>
        <source>Excel 表格（.xlsx，可修改后上报）</source>
        <translation>Excel sheet (.xlsx, can be edited before reporting)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="69"/>
        <source>PDF（打印、盖章）</source>
        <translation>PDF (to print and stamp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="75"/>
        <source>Excel中附在册学生名单</source>
        <translation>List of enrolled students attached in Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="79"/>
        <source>报表：</source>
        <translation>Report:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="80"/>
        <source>统计时段：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="82"/>
        <source>格式：</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="83"/>
        <source>填报单位：</source>
        <translation>Reporting unit:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="86"/>
        <source>{0}：</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="94"/>
        <source>生成…</source>
        <translation>Produce…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="98"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="128"/>
        <source>月报</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="130"/>
        <source>开学专项行动统计表</source>
        <translation>Term-start campaign statistics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="134"/>
        <source>保存报表</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="136"/>
        <source>报表 (*{0})</source>
        <translation>Report (*{0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="158"/>
        <source>正在写入文件</source>
        <translation>Writing the file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="166"/>
        <source>正在生成报表…</source>
        <translation>Producing the report…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="177"/>
        <source>报表已生成</source>
        <translation>Report produced</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_reports.py" line="178"/>
        <source>已生成：
{0}

现在打开吗？</source>
        <translation>Produced:
{0}

Open it now?</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="115"/>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="119"/>
        <source>为 %1 设置新密码（对方下次登录时需修改）。</source>
        <translation>Set a new password for %1 (they must change it at next sign-in).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="122"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
</context>
<context>
    <name>RestoreOfferDialog</name>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="487"/>
        <source>数据库已损坏</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="501"/>
        <source>从所选备份恢复</source>
        <translation>Restore from the selected backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="509"/>
        <source>可用的备份（最新的在前）：</source>
        <translation>Available backups (newest first):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="509"/>
        <source>没有找到备份。</source>
        <translation>No backup found.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="231"/>
        <source>复学日期</source>
        <translation>Return date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="232"/>
        <source>复学学校</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="242"/>
        <source>年级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="245"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="246"/>
        <source>安置方式</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="247"/>
        <source>学籍处理</source>
        <translation>Enrolment record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="248"/>
        <source>恢复学籍</source>
        <translation>Restore record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="248"/>
        <source>转入</source>
        <translation>Transfer in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="248"/>
        <source>新建学籍</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="249"/>
        <source>帮扶措施</source>
        <translation>Help given</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="311"/>
        <source>帮扶复查 — </source>
        <translation>Support review — </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="316"/>
        <source>学习、出勤、情绪有什么变化；下一步</source>
        <translation>Changes in learning, attendance, mood; next step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="317"/>
        <source>应复查日期</source>
        <translation>Review due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="318"/>
        <source>复查日期</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="319"/>
        <source>帮扶效果</source>
        <translation>Effect of support</translation>
    </message>
</context>
<context>
    <name>RiskFactDialog</name>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="333"/>
        <source>登记关注情况 — </source>
        <translation>Record a concern — </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="339"/>
        <source>如：数学、语文连续两次不及格</source>
        <translation>e.g. failed maths and Chinese twice in a row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="340"/>
        <source>情况</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="341"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="57"/>
        <source>查找学生：姓名、拼音、首字母、身份证号、学籍号、案件编号或文书编号（Ctrl+F 或 /）</source>
        <translation>Find a student: name, pinyin, initials, ID number, student number, case number or document number (Ctrl+F or /)</translation>
    </message>
</context>
<context>
    <name>SecurityUi</name>
    <message>
        <location filename="../../desktop/ui/security_ui.py" line="47"/>
        <source>备份与恢复…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security_ui.py" line="60"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security_ui.py" line="67"/>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security_ui.py" line="82"/>
        <location filename="../../desktop/ui/security_ui.py" line="88"/>
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security_ui.py" line="100"/>
        <location filename="../../desktop/ui/security_ui.py" line="106"/>
        <source>审计记录</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security_ui.py" line="113"/>
        <source>加密数据库…</source>
        <translation>Encrypt database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security_ui.py" line="117"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security_ui.py" line="120"/>
        <source> · 未加密</source>
        <translation> · not encrypted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security_ui.py" line="137"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security_ui.py" line="138"/>
        <source>密码已修改</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security_ui.py" line="151"/>
        <source>加密数据库</source>
        <translation>Encrypt database</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security_ui.py" line="152"/>
        <source>加密后，其他用户需由您重设密码才能登录；完成后程序将关闭。
请输入您的密码确认：</source>
        <translation>After encryption, other users can sign in only once you reset their passwords; the program then closes.
Enter your password to confirm:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security_ui.py" line="165"/>
        <source>无法加密</source>
        <translation>Cannot encrypt</translation>
    </message>
</context>
<context>
    <name>ServiceReceiptDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="185"/>
        <source>送达的文书</source>
        <translation>Document served</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="186"/>
        <source>（未关联）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="189"/>
        <source>文书名称</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="190"/>
        <source>文书编号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="191"/>
        <source>受送达人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="192"/>
        <source>送达地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="193"/>
        <source>送达时间</source>
        <translation>Served at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="194"/>
        <source>送达方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="195"/>
        <source>受送达人已签收</source>
        <translation>Recipient signed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="196"/>
        <source>送达人</source>
        <translation>Served by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="197"/>
        <source>见证人（留置送达必填）</source>
        <translation>Witness (required when left)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../desktop/ui/printing.py" line="307"/>
        <source>正在出具文书…</source>
        <translation>Issuing the document…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="327"/>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="334"/>
        <source>另存为PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="28"/>
        <source>工作周期设置</source>
        <translation>Work cadences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="35"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="134"/>
        <source>首次使用：设置县级管理员</source>
        <translation>First use: set up the county administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="138"/>
        <source>这台电脑上的数据涉及未成年人的个人信息。请先设置县级管理员账户；数据库将用密码加密，丢失电脑或U盘时他人无法读取。</source>
        <translation>The data on this computer includes minors&apos; personal information. First set up the county administrator&apos;s account; the database will be encrypted with the password, so nobody can read it if the computer or a USB stick is lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="144"/>
        <source>如：县教育局 张伟</source>
        <translation>e.g. County Education Bureau, Zhang Wei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="147"/>
        <source>加密数据库（强烈建议）</source>
        <translation>Encrypt the database (strongly recommended)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="149"/>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="150"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="151"/>
        <source>密码（至少8位）</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="152"/>
        <source>再次输入密码</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="157"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/login.py" line="159"/>
        <source>请填写姓名</source>
        <translation>Please fill in the name</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="67"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="67"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>Smoke</name>
    <message>
        <location filename="../../desktop/ui/smoke.py" line="44"/>
        <source>kcbx 自检失败：{0}</source>
        <translation>kcbx self-check failed: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/smoke.py" line="66"/>
        <source>主窗口标题不对：{0}</source>
        <translation>Wrong main window title: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/smoke.py" line="69"/>
        <source>主窗口没有显示</source>
        <translation>The main window is not shown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/smoke.py" line="74"/>
        <source>主窗口没有绘制（{0}×{1}）</source>
        <translation>The main window was not painted ({0}×{1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/smoke.py" line="82"/>
        <source>主窗口像是空白（只有 {0} 种颜色）</source>
        <translation>The main window looks blank (only {0} colours)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/smoke.py" line="86"/>
        <source>主窗口“{0}”已绘制（{1}×{2}，{3} 种颜色）</source>
        <translation>Main window &quot;{0}&quot; painted ({1}×{2}, {3} colours)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/smoke.py" line="117"/>
        <source>自检</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/smoke.py" line="123"/>
        <source>无法准备演示数据库：{0}: {1}</source>
        <translation>Cannot prepare the demo database: {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/smoke.py" line="139"/>
        <source>程序启动出错：{0}: {1}</source>
        <translation>Error starting the program: {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/smoke.py" line="147"/>
        <source>主窗口没有出现（程序退出码 {0}）</source>
        <translation>The main window did not appear (exit code {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/smoke.py" line="153"/>
        <source>kcbx 自检通过：{0}；演示县 {1} 名学生、{2} 个案件；加密数据库登录正常；用时 {3:.1f} 秒</source>
        <translation>kcbx self-check passed: {0}; demo county with {1} students and {2} cases; encrypted database sign-in works; took {3:.1f} s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/smoke.py" line="177"/>
        <source>{0} 秒内没有出现主窗口（是否有对话框在等待输入？）</source>
        <translation>No main window within {0} s (is a dialog waiting for input?)</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22"/>
        <source>疑似辍学</source>
        <translation>Suspected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23"/>
        <source>已确认辍学</source>
        <translation>Dropout confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="24"/>
        <source>劝返中</source>
        <translation>Persuading</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="25"/>
        <source>已复学</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="26"/>
        <source>跟踪巩固</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="27"/>
        <source>延缓入学/休学</source>
        <translation>Deferred / suspended</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="28"/>
        <source>送教上门</source>
        <translation>Home teaching</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="29"/>
        <source>跨省转出待回执</source>
        <translation>Transferred, awaiting receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="30"/>
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31"/>
        <source>确认辍学</source>
        <translation>Confirm dropout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="32"/>
        <source>核实在读销号</source>
        <translation>Close: verified enrolled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="33"/>
        <source>启动劝返</source>
        <translation>Start persuasion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="34"/>
        <source>登记复学</source>
        <translation>Register return</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="35"/>
        <source>转入跟踪巩固</source>
        <translation>Start monitoring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="36"/>
        <source>巩固期满销号</source>
        <translation>Close: monitoring done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="37"/>
        <source>反弹（再次辍学）</source>
        <translation>Relapse (dropped out again)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="38"/>
        <source>批准延缓入学/休学</source>
        <translation>Approve deferral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="39"/>
        <source>延续延缓/休学</source>
        <translation>Renew deferral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="40"/>
        <source>延缓期满未复学</source>
        <translation>Deferral ended, not returned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="41"/>
        <source>认定拒不返校特殊情形</source>
        <translation>Confirm refusal exception</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42"/>
        <source>转为送教上门</source>
        <translation>Switch to home teaching</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="43"/>
        <source>跨省转出告知</source>
        <translation>Cross-province transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="44"/>
        <source>收到回执销号</source>
        <translation>Close: receipt received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="45"/>
        <source>恢复劝返</source>
        <translation>Resume persuasion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="46"/>
        <source>其他原因销号</source>
        <translation>Close: other reason</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="295"/>
        <source>资助类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="296"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="297"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="298"/>
        <source>如 2026年春季学期</source>
        <translation>e.g. spring term 2026</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_dialogs.py" line="299"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>SupportPlanDialog</name>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="267"/>
        <source>帮扶计划 — </source>
        <translation>Support plan — </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="274"/>
        <source>帮扶责任人（如班主任张老师）</source>
        <translation>Responsible person (e.g. class teacher Ms Zhang)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="284"/>
        <source>如：每周两次</source>
        <translation>e.g. twice a week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="288"/>
        <source>帮扶责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="289"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="290"/>
        <source>帮扶方式</source>
        <translation>Kind of support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="291"/>
        <source>频次</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="292"/>
        <source>帮扶目标</source>
        <translation>Goal of support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/prevention_risk.py" line="293"/>
        <source>开始日期</source>
        <translation>From</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="200"/>
        <source>没有可用的同步通道</source>
        <translation>No sync channel available</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="209"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="219"/>
        <source>同步失败：{0}</source>
        <translation>Sync failed: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="231"/>
        <source>正在同步…</source>
        <translation>Syncing…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="61"/>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="62"/>
        <location filename="../../desktop/ui/sync_pages.py" line="298"/>
        <source>待审核</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="63"/>
        <source>同步记录</source>
        <translation>Sync history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="85"/>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="87"/>
        <source>添加同步文件夹…</source>
        <translation>Add sync folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="89"/>
        <source>移除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="97"/>
        <source>本机</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="98"/>
        <source>同步状态</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="106"/>
        <source>同步通道（U盘、共享文件夹、县级同步服务器）：</source>
        <translation>Sync channels (USB stick, shared folder, county sync server):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="122"/>
        <source>本机编号：{0}
本机尚未注册到县教育局。请用“同步 → 生成注册申请”把申请文件交给县管理员，再导入县里签发的注册文件。</source>
        <translation>Computer ID: {0}
This computer is not enrolled with the county education bureau. Use &quot;Sync → Make enrolment request&quot; to give the request file to the county administrator, then import the enrolment file the county issues.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="129"/>
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="131"/>
        <location filename="../../desktop/ui/sync_pages.py" line="376"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="137"/>
        <source>本机：{0}（{1}，数据范围：{2}）
所属：{3}&#x3000;本机编号：{4}
密钥指纹：{5}</source>
        <translation>This computer: {0} ({1}, data scope: {2})
Belongs to: {3}&#x3000;Computer ID: {4}
Key fingerprint: {5}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="151"/>
        <source>上次同步：{0}</source>
        <translation>Last sync: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="154"/>
        <source>本机变更共 {0} 项：未发出 {1} 项，已发出待对方确认 {2} 项</source>
        <translation>{0} changes made on this computer: {1} not sent, {2} sent and awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="157"/>
        <source>待审核：修改冲突 {0} 处，状态异常案件 {1} 件</source>
        <translation>To review: {0} conflicting changes, {1} cases in an irregular state</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="167"/>
        <source>上次成功 {0}</source>
        <translation>Last success {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="169"/>
        <source>尚未成功同步</source>
        <translation>Never synced successfully</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="172"/>
        <source>，上次失败：{0}</source>
        <translation>, last failure: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="177"/>
        <source>{0}（{1}{2}）</source>
        <translation>{0} ({1}{2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="188"/>
        <source>选择同步文件夹（U盘或共享文件夹）</source>
        <translation>Choose the sync folder (USB stick or shared folder)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="195"/>
        <source>同步文件夹 {0}</source>
        <translation>Sync folder {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="215"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="216"/>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="217"/>
        <source>来自</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="218"/>
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="219"/>
        <location filename="../../desktop/ui/sync_pages.py" line="332"/>
        <location filename="../../desktop/ui/sync_pages.py" line="345"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="223"/>
        <source>保留所选版本</source>
        <translation>Keep the selected version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="227"/>
        <source>打开案件</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="232"/>
        <source>两台电脑从同一版本出发改了同一项内容：系统已按最后修改者暂定，请核对后选定。</source>
        <translation>Two computers changed the same item from the same version: the last change is used for now; check it and choose.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="245"/>
        <source>合并后状态变更不符合办理流程的案件（请核对其状态变更记录）：</source>
        <translation>Cases whose state changes after a merge do not follow the procedure (check their state history):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="269"/>
        <source>当前值</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="285"/>
        <source>{0} {1}（当前：{2}）</source>
        <translation>{0} {1} (now: {2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="296"/>
        <source>待审核（{0}）</source>
        <translation>To review ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="312"/>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="313"/>
        <source>请在冲突下方选择要保留的那一个版本。</source>
        <translation>Below the conflict, choose the version to keep.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="333"/>
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="334"/>
        <source>对方</source>
        <translation>Other side</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="335"/>
        <source>变更数</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="336"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="337"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="346"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="347"/>
        <source>拒收原因</source>
        <translation>Reason refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="356"/>
        <source>发出和收到的同步包：</source>
        <translation>Sync bundles sent and received:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="359"/>
        <source>拒收的同步包（已隔离，未做任何改动）：</source>
        <translation>Refused sync bundles (quarantined, nothing changed):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="371"/>
        <source>已发出</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="372"/>
        <source>对方已确认</source>
        <translation>Confirmed by the other side</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="373"/>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="380"/>
        <source>（新 {0}）</source>
        <translation> (new {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="386"/>
        <source>收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="388"/>
        <source>发出</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="417"/>
        <location filename="../../desktop/ui/sync_pages.py" line="431"/>
        <location filename="../../desktop/ui/sync_pages.py" line="466"/>
        <source>导出同步包</source>
        <translation>Export sync bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="418"/>
        <source>还不知道其他设备。请先用U盘同步一次，或添加对方的设备证书。</source>
        <translation>No other device known yet. Sync once by USB stick first, or add the other device&apos;s certificate.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="424"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="432"/>
        <source>发给：</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="440"/>
        <source>保存同步包</source>
        <translation>Save sync bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="441"/>
        <source>发给{0}.kcbx</source>
        <translation>to {0}.kcbx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="444"/>
        <source>同步包 (*.kcbx)</source>
        <translation>Sync bundle (*.kcbx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="457"/>
        <source>文件 {0}</source>
        <translation>File {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="461"/>
        <source>已导出同步包：{0}（{1} 项变更）</source>
        <translation>Sync bundle exported: {0} ({1} changes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="468"/>
        <source>正在导出同步包…</source>
        <translation>Exporting the sync bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="477"/>
        <location filename="../../desktop/ui/sync_pages.py" line="507"/>
        <source>导入同步包</source>
        <translation>Import sync bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="478"/>
        <source>同步包 (*.kcbx);;所有文件 (*)</source>
        <translation>Sync bundle (*.kcbx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="490"/>
        <source>正在导入 {0}</source>
        <translation>Importing {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="498"/>
        <source>已拒收 {0}：{1}</source>
        <translation>Refused {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="510"/>
        <source>正在导入同步包…</source>
        <translation>Importing the sync bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="518"/>
        <source>保存注册申请</source>
        <translation>Save enrolment request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="519"/>
        <source>注册申请.json</source>
        <translation>enrolment-request.json</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="520"/>
        <source>注册申请 (*.json)</source>
        <translation>Enrolment request (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="525"/>
        <source>注册申请</source>
        <translation>Enrolment request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="526"/>
        <source>已保存：{0}
请交给县教育局管理员，签发后导入注册文件。</source>
        <translation>Saved: {0}
Give it to the county education bureau&apos;s administrator, then import the enrolment file they issue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="536"/>
        <source>导入注册文件</source>
        <translation>Import enrolment file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="537"/>
        <source>注册文件 (*.json)</source>
        <translation>Enrolment file (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="544"/>
        <source>注册文件</source>
        <translation>Enrolment file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="548"/>
        <source>注册</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="549"/>
        <source>本机已注册到{0}（{1}）</source>
        <translation>This computer is enrolled with {0} ({1})</translation>
    </message>
</context>
<context>
    <name>SyncPages</name>
    <message>
        <location filename="../../desktop/ui/sync_pages.py" line="51"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="65"/>
        <source>从未</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="75"/>
        <source>刚刚</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="77"/>
        <source>{0} 分钟前</source>
        <translation>{0} min ago</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="79"/>
        <source>{0} 小时前</source>
        <translation>{0} h ago</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="329"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="352"/>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="353"/>
        <source>同步中心…</source>
        <translation>Sync centre…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="354"/>
        <source>待审核的冲突…</source>
        <translation>Conflicts to review…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="356"/>
        <source>导出同步包…</source>
        <translation>Export sync bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="357"/>
        <source>导入同步包…</source>
        <translation>Import sync bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="359"/>
        <source>添加同步文件夹（U盘/共享）…</source>
        <translation>Add sync folder (USB/shared)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="363"/>
        <source>生成注册申请…</source>
        <translation>Make enrolment request…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="364"/>
        <source>导入注册文件…</source>
        <translation>Import enrolment file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="371"/>
        <source>本案件有修改还只在本机，尚未发出。插入同步U盘或连上网络后会自动发出。</source>
        <translation>This case has changes only on this computer, not yet sent. They go out when the sync USB stick is plugged in or the network is reached.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="374"/>
        <source>本案件的修改已发出，等待县里（或对方电脑）确认收到。</source>
        <translation>This case&apos;s changes were sent and await confirmation from the county (or the other computer).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="377"/>
        <source>本案件的修改已被县里（或对方电脑）确认收到。</source>
        <translation>This case&apos;s changes were confirmed received by the county (or the other computer).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="380"/>
        <source>本机没有修改过这个案件。</source>
        <translation>This computer has not changed this case.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="382"/>
        <location filename="../../desktop/ui/sync_panel.py" line="384"/>
        <source>同步状态</source>
        <translation>Sync status</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="253"/>
        <source>同步：…</source>
        <translation>Sync: …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="267"/>
        <source>同步：本机未注册</source>
        <translation>Sync: this computer is not enrolled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="269"/>
        <source>本机尚未注册到县教育局，不能同步。菜单“同步 → 生成注册申请”开始注册。</source>
        <translation>This computer is not enrolled with the county education bureau and cannot sync. Start with &quot;Sync → Make enrolment request&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="279"/>
        <source>正在同步：{0}</source>
        <translation>Syncing: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="281"/>
        <source>正在同步…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="284"/>
        <source>同步：{0}</source>
        <translation>Sync: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="287"/>
        <source>待发送 {0}</source>
        <translation>{0} to send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="290"/>
        <source>待确认 {0}</source>
        <translation>{0} to confirm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="294"/>
        <source>待审核 {0}</source>
        <translation>To review {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="297"/>
        <source>上次收到：{0}</source>
        <translation>Last received: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="298"/>
        <location filename="../../desktop/ui/sync_panel.py" line="301"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="300"/>
        <source>上次发出：{0}</source>
        <translation>Last sent: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="303"/>
        <source>本机变更未发出 {0} 项，已发出未确认 {1} 项</source>
        <translation>{0} changes on this computer not sent, {1} sent and not confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_panel.py" line="306"/>
        <source>修改冲突 {0} 处，状态异常案件 {1} 件</source>
        <translation>{0} conflicting changes, {1} cases in an irregular state</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="60"/>
        <source>打印文书</source>
        <translation>Print document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="68"/>
        <source>空白表（只填学生身份信息，供入户手填，不编号）</source>
        <translation>Blank form (only the student&apos;s identity filled in, for filling by hand at home; not numbered)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="72"/>
        <source>yyyy年M月d日</source>
        <translation>MMM d, yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="73"/>
        <source>指定限期</source>
        <translation>Set a deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="77"/>
        <source>行政处罚决定书、催告书：罚款金额（元）</source>
        <translation>Administrative penalty decision, demand notice: fine (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="82"/>
        <source>限期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="83"/>
        <source>罚款</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="84"/>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing_dialogs.py" line="84"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="37"/>
        <source>未保存的草稿（上次未完成的录入）</source>
        <translation>Unsaved drafts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="38"/>
        <source>新发现的疑似辍学（待核实）</source>
        <translation>Newly suspected dropouts (to be checked)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="39"/>
        <source>一人一案劝返时限已过</source>
        <translation>Individual plan deadline passed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="40"/>
        <source>走访到期或逾期</source>
        <translation>Visits due or overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="41"/>
        <source>复学学生跟踪巩固</source>
        <translation>Returned students in monitoring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="42"/>
        <source>延缓/休学即将到期</source>
        <translation>Deferrals expiring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="43"/>
        <source>法律文书期限</source>
        <translation>Legal deadlines</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="44"/>
        <source>开学专项行动清单</source>
        <translation>Term-start campaign checklist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="46"/>
        <source>缺勤跟进（电话、家访、疑似辍学上报）</source>
        <translation>Absence follow-up (phone, home visit, report of suspected dropout)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="47"/>
        <source>帮扶计划复查</source>
        <translation>Support plan review</translation>
    </message>
</context>
<context>
    <name>TodayFilters</name>
    <message>
        <location filename="../../desktop/ui/today_filters.py" line="70"/>
        <source>只看我经手的</source>
        <translation>Only mine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_filters.py" line="71"/>
        <source>我立案或记录过工作的案件</source>
        <translation>Cases I opened or recorded work on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_filters.py" line="84"/>
        <source>乡镇：</source>
        <translation>Township:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_filters.py" line="85"/>
        <source>村：</source>
        <translation>Village:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_filters.py" line="86"/>
        <source>事项：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_filters.py" line="135"/>
        <location filename="../../desktop/ui/today_filters.py" line="142"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_filters.py" line="158"/>
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_filters.py" line="169"/>
        <source>全部村</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_filters.py" line="179"/>
        <source>全部事项</source>
        <translation>All kinds</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../desktop/ui/today.py" line="69"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="73"/>
        <source>学生（案件编号）</source>
        <translation>Student (case no.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="73"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="73"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="132"/>
        <source>工作台</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="133"/>
        <source> — {0}年{1}月{2}日</source>
        <translation> — {1}/{2}/{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="138"/>
        <source>正在汇总待办事项…</source>
        <translation>Collecting what needs doing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="181"/>
        <source>待办事项汇总失败：</source>
        <translation>Could not collect the tasks: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="210"/>
        <source>（本月为专项行动月）</source>
        <translation> (campaign month)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="218"/>
        <source>点击继续录入</source>
        <translation>Click to continue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="239"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="245"/>
        <source>待办 %1 项，其中逾期 %2 项。双击或按回车打开案件。</source>
        <translation>%1 items, %2 overdue. Double-click or press Enter to open a case.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today.py" line="247"/>
        <source>筛选出待办 %1 项（共 %3 项），其中逾期 %2 项。双击或按回车打开案件。</source>
        <translation>%1 of %3 items shown, %2 overdue. Double-click or press Enter to open the case.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/ui/security/lock.py" line="47"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/lock.py" line="48"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/lock.py" line="51"/>
        <source>程序已锁定。请输入 %1 的密码解锁。</source>
        <translation>The program is locked. Enter %1&apos;s password to unlock.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/lock.py" line="56"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/lock.py" line="58"/>
        <source>退出程序</source>
        <translation>Quit the program</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="56"/>
        <source>修改用户</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="56"/>
        <source>新建用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="69"/>
        <source>乡镇代码（12位），多个用空格分开</source>
        <translation>Township codes (12 digits), separated by spaces</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="82"/>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="83"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="84"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="85"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="86"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="87"/>
        <source>学校（教师）</source>
        <translation>School (teacher)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="89"/>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="130"/>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="131"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="132"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="133"/>
        <source>负责范围</source>
        <translation>Area of responsibility</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="134"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="145"/>
        <source>新建用户…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="146"/>
        <source>修改角色…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="147"/>
        <source>重设密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="148"/>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="149"/>
        <source>新的恢复密钥…</source>
        <translation>New recovery key…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="156"/>
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="181"/>
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="188"/>
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/security/pages.py" line="190"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
</context>
<context>
    <name>_ChildForm</name>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="50"/>
        <location filename="../../desktop/ui/child_dialog.py" line="51"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_dialog.py" line="54"/>
        <location filename="../../desktop/ui/child_dialog.py" line="55"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
</context>
</TS>
