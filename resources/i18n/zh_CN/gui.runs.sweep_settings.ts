<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SearchSettings</name>
    <message>
        <source>How to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart (TPE): learns from earlier trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid: every combination (ranges at 4 values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every trial runs all its epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median: stop trials below the median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successive halving: keep the best third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pruning stops a trial early when its accuracy after an epoch is behind the earlier trials&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new name for each sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweeps.db in the runs folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the trials are recorded (an Optuna storage URL). Give a lab&apos;s postgresql://user:password@host/db and the same study name on several computers, and they share the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pruning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
